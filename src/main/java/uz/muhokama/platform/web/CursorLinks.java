package uz.muhokama.platform.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.ext.Provider;

/**
 * {@code Link: </api/v1/…?same query&cursor=…>; rel="next"} (RFC 8288) on every answer that is a
 * {@link Paged} page with a next one. The address is root-relative: behind the balancer an instance does
 * not know the public host. Response filters run highest priority first, so this runs before
 * {@link ConditionalReads}: a 304 keeps the header, and the tag covers {@code next} in the body.
 */
@Provider
@Priority(Priorities.USER)
public class CursorLinks implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() == 200 && response.getEntity() instanceof Paged paged && paged.next() != null) {
            response.getHeaders().putSingle("Link", "<" + nextAddress(request, paged.next()) + ">; rel=\"next\"");
        }
    }

    static String nextAddress(ContainerRequestContext request, String next) {
        // The page number gives way to the cursor, which says where to go on.
        var uri = UriBuilder.fromUri(request.getUriInfo().getRequestUri())
                .replaceQueryParam("page")
                .replaceQueryParam("cursor", next)
                .build();
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }
}
