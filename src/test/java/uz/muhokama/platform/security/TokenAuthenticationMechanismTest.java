package uz.muhokama.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TokenAuthenticationMechanismTest {

    @Test
    void anApiClientIsRecognisedByItsBearerTokenUnderAnyContextRoot() {
        assertEquals(
                Optional.of(new TokenAuthenticationMechanism.PresentedToken("t-1", TokenKind.API)),
                TokenAuthenticationMechanism.presentedToken(
                        request("", "/api/v1/drafts/ID-1/comments", "Bearer t-1", null)));
        assertEquals(
                Optional.of(new TokenAuthenticationMechanism.PresentedToken("t-2", TokenKind.API)),
                TokenAuthenticationMechanism.presentedToken(
                        request("/portal", "/portal/api/v1/drafts/ID-1/comments", "bearer t-2", null)));
    }

    @Test
    void aPageReadsTheSessionCookieAndNeverTheBearerHeader() {
        assertEquals(
                Optional.of(new TokenAuthenticationMechanism.PresentedToken("s-1", TokenKind.SESSION)),
                TokenAuthenticationMechanism.presentedToken(
                        request("/portal", "/portal/drafts/ID-1", "Bearer t-1", "s-1")));
        // A page whose name merely starts like the API's is still a page.
        assertEquals(
                Optional.of(new TokenAuthenticationMechanism.PresentedToken("s-1", TokenKind.SESSION)),
                TokenAuthenticationMechanism.presentedToken(request("", "/apiary", "Bearer t-1", "s-1")));
    }

    @Test
    void anApiRequestWithoutATokenIsAnonymousEvenWithASessionCookie() {
        assertTrue(TokenAuthenticationMechanism.presentedToken(request("/portal", "/portal/api/v1/me", null, "s-1"))
                .isEmpty());
        assertTrue(TokenAuthenticationMechanism.presentedToken(request("", "/api/v1/me", "Bearer   ", "s-1"))
                .isEmpty());
    }

    private static HttpServletRequest request(
            String contextPath, String uri, String authorization, String sessionCookie) {
        return (HttpServletRequest) Proxy.newProxyInstance(
                HttpServletRequest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getContextPath" -> contextPath;
                    case "getRequestURI" -> uri;
                    case "getAttribute" -> null; // not the container's error page
                    case "getHeader" -> "Authorization".equalsIgnoreCase((String) args[0]) ? authorization : null;
                    case "getCookies" ->
                        sessionCookie == null
                                ? null
                                : new Cookie[] {new Cookie(TokenAuthenticationMechanism.SESSION_COOKIE, sessionCookie)};
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
