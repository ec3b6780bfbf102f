package uz.muhokama.platform.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uz.muhokama.platform.error.Forbidden;
import uz.muhokama.platform.error.ProblemResponses;
import uz.muhokama.platform.error.TooLarge;
import uz.muhokama.platform.i18n.QueryString;
import uz.muhokama.platform.web.Cookies;

/**
 * Refuses any state-changing form post whose hidden {@code _csrf} field does not match the browser's
 * CSRF cookie. The JSON API is not a cookie-authenticated door, so it needs no such token.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION + 10)
public class CsrfProtectionFilter implements ContainerRequestFilter {

    /**
     * The one form post that carries no CSRF token: a one-click unsubscribe (RFC 8058), posted by mail
     * programs without cookies. Its signed token in the path is the proof, and all it can do is stop e-mail.
     */
    private static final Pattern UNSUBSCRIBE = Pattern.compile("/?unsubscribe/[^/]+");

    @Inject
    ProblemResponses problems;

    @Context
    HttpServletRequest servletRequest;

    @Inject
    @ConfigProperty(name = "muhokama.forms.max-bytes", defaultValue = "1048576")
    int maxFormBytes;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (servletRequest.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) != null) {
            return; // the container's error page for a request already refused (ContainerErrors): nothing to protect
        }
        String path = request.getUriInfo().getPath();
        if (!"POST".equals(request.getMethod())
                || path.startsWith("api/")
                || path.startsWith("/api/")
                || UNSUBSCRIBE.matcher(path).matches()) {
            return;
        }
        MediaType type = request.getMediaType();
        String presented;
        if (type != null && type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)) {
            if (request.getLength() > maxFormBytes) {
                throw new TooLarge();
            }
            // Read through the servlet API on purpose: RESTEasy takes @FormParam values from the servlet's
            // parsed parameters, so consuming the raw stream here would leave the resource empty-handed.
            presented = servletRequest.getParameter(CsrfToken.FIELD);
        } else {
            // File uploads (multipart) carry the token in the form's action URL: reading it from the body
            // would mean buffering the whole upload before the resource sees it.
            presented = QueryString.first(servletRequest.getQueryString(), CsrfToken.FIELD);
        }
        String expected = Cookies.read(servletRequest, CsrfToken.COOKIE).orElse(null);
        if (presented == null
                || expected == null
                || !MessageDigest.isEqual(
                        presented.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8))) {
            request.abortWith(problems.of(new Forbidden("problem.csrf")));
        }
    }
}
