package uz.muhokama.platform.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;
import uz.muhokama.platform.i18n.CurrentLanguage;
import uz.muhokama.platform.security.CsrfToken;

/**
 * Headers every answer gets (no sniffing, no framing, HSTS when it travels over TLS, a strict content policy and
 * the language for pages) and the
 * cookies a page must leave behind: the language just chosen and a fresh CSRF token.
 */
@Provider
public class PageResponseFilter implements ContainerResponseFilter {

    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; "
            + "frame-ancestors 'none'; form-action 'self'";

    @Inject
    CurrentLanguage language;

    @Inject
    CsrfToken csrf;

    @Inject
    CookiePolicy cookies;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        var headers = response.getHeaders();
        headers.putSingle("X-Content-Type-Options", "nosniff");
        headers.putSingle("Referrer-Policy", "strict-origin-when-cross-origin");
        headers.putSingle("X-Frame-Options", "DENY");
        if (overTls(request)) {
            // Browsers heed it only over HTTPS; behind a balancer that ends TLS, it says so in X-Forwarded-Proto.
            headers.putSingle("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        if (!isHtml(response.getMediaType())) {
            return;
        }
        headers.putSingle("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.putSingle("Cache-Control", "no-cache, private");
        headers.add("Vary", "Cookie, Accept-Language");
        // The page's language, as its <html lang>: without it the container says the server's own locale.
        headers.putSingle("Content-Language", language.get().tag());
        if (language.chosenNow()) {
            headers.add(
                    "Set-Cookie",
                    cookies.set(CurrentLanguage.COOKIE, language.get().tag(), Duration.ofDays(365)));
        }
        // Filters run before the page is written, so make sure the token exists before deciding.
        csrf.value();
        if (csrf.issuedNow()) {
            headers.add("Set-Cookie", cookies.set(CsrfToken.COOKIE, csrf.value(), null));
        }
    }

    private static boolean overTls(ContainerRequestContext request) {
        return "https".equalsIgnoreCase(request.getUriInfo().getRequestUri().getScheme())
                || "https".equalsIgnoreCase(request.getHeaderString("X-Forwarded-Proto"));
    }

    private static boolean isHtml(MediaType type) {
        return type != null && type.isCompatible(MediaType.TEXT_HTML_TYPE);
    }
}
