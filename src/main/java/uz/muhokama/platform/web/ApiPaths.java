package uz.muhokama.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/** Which requests are for the JSON API: decided by the path within the application, so under any context root. */
public final class ApiPaths {

    private ApiPaths() {}

    public static boolean isApi(HttpServletRequest request) {
        // On the container's error page (ContainerErrors) the address that failed is an attribute.
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = failed instanceof String original ? original : request.getRequestURI();
        if (uri == null) {
            return false;
        }
        String path =
                uri.substring(Math.min(uri.length(), request.getContextPath().length()));
        return path.startsWith("/api/") || path.equals("/api");
    }
}
