package uz.muhokama.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Whether cookies get the Secure flag: {@code auto} follows the request's scheme (behind TLS: always). */
@ApplicationScoped
public class CookiePolicy {

    @Inject
    @ConfigProperty(name = "muhokama.cookies.secure", defaultValue = "auto")
    String secureMode;

    @Inject
    HttpServletRequest request;

    public boolean secure() {
        return switch (secureMode) {
            case "always" -> true;
            case "never" -> false;
            default -> request.isSecure() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"));
        };
    }

    public String set(String name, String value, Duration maxAge) {
        return Cookies.header(name, value, maxAge, secure());
    }

    public String clear(String name) {
        return Cookies.expired(name, secure());
    }
}
