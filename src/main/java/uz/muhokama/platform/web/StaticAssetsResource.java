package uz.muhokama.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uz.muhokama.platform.error.ResourceNotFound;

/**
 * The portal's own CSS, scripts and icons, served from the WAR: no CDN, no framework download, small
 * and cacheable for slow links.
 */
@ApplicationScoped
@Path("static")
public class StaticAssetsResource {

    private static final Pattern SAFE_PATH = Pattern.compile("[a-z0-9][a-z0-9._-]*(/[a-z0-9][a-z0-9._-]*)*");
    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css; charset=UTF-8",
            "js", "text/javascript; charset=UTF-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "ico", "image/x-icon",
            "woff2", "font/woff2");

    @GET
    @Path("{path: .+}")
    @Operation(hidden = true)
    public Response asset(@PathParam("path") String path) {
        String extension = path.substring(path.lastIndexOf('.') + 1);
        if (!SAFE_PATH.matcher(path).matches() || path.contains("..") || !TYPES.containsKey(extension)) {
            throw new ResourceNotFound();
        }
        byte[] bytes = read("static/" + path);
        CacheControl cache = new CacheControl();
        cache.setMaxAge(86_400);
        return Response.ok(bytes).type(TYPES.get(extension)).cacheControl(cache).build();
    }

    private static byte[] read(String resource) {
        try (InputStream in = StaticAssetsResource.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new ResourceNotFound();
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
