package uz.muhokama.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.stream.Collectors;
import uz.muhokama.platform.web.ApiPaths;
import uz.muhokama.platform.web.Cookies;

/**
 * One authentication mechanism for both doors: the API reads {@code Authorization: Bearer}, pages read
 * the session cookie. Tokens are looked up in the database on every request, so a sign-in holds on any
 * instance and a sign-out ends it everywhere. Anonymous requests pass through; each service decides
 * what an anonymous caller may do.
 */
@ApplicationScoped
public class TokenAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String SESSION_COOKIE = "muhokama_session";
    private static final String BEARER = "Bearer ";

    @Inject
    Instance<CallerLookup> lookup;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Optional<Caller> caller =
                presentedToken(request).flatMap(token -> lookup.get().findByToken(token.value(), token.kind()));
        if (caller.isEmpty()) {
            return context.doNothing();
        }
        request.setAttribute(CurrentCaller.REQUEST_ATTRIBUTE, caller.get());
        return context.notifyContainerAboutLogin(
                new CallerPrincipal(String.valueOf(caller.get().accountId())),
                caller.get().roles().stream().map(Role::name).collect(Collectors.toSet()));
    }

    record PresentedToken(String value, TokenKind kind) {}

    static Optional<PresentedToken> presentedToken(HttpServletRequest request) {
        if (ApiPaths.isApi(request)) {
            String header = request.getHeader("Authorization");
            if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
                String token = header.substring(BEARER.length()).trim();
                return token.isEmpty() ? Optional.empty() : Optional.of(new PresentedToken(token, TokenKind.API));
            }
            return Optional.empty();
        }
        return Cookies.read(request, SESSION_COOKIE).map(value -> new PresentedToken(value, TokenKind.SESSION));
    }
}
