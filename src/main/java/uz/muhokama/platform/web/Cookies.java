package uz.muhokama.platform.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * Reads cookies and writes {@code Set-Cookie} headers with the flags every cookie of the portal gets:
 * HttpOnly, SameSite=Lax, Path=/, and Secure whenever the request came over HTTPS (or config says so).
 */
public final class Cookies {

    private Cookies() {}

    public static Optional<String> read(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies)
                .filter(c -> name.equals(c.getName()))
                .map(Cookie::getValue)
                .filter(v -> v != null && !v.isEmpty())
                .findFirst();
    }

    /** A Set-Cookie header value; {@code maxAge} null makes a cookie that ends with the browser session. */
    public static String header(String name, String value, Duration maxAge, boolean secure) {
        StringBuilder header = new StringBuilder(name).append('=').append(value).append("; Path=/");
        if (maxAge != null) {
            header.append("; Max-Age=").append(maxAge.toSeconds());
        }
        header.append("; HttpOnly; SameSite=Lax");
        if (secure) {
            header.append("; Secure");
        }
        return header.toString();
    }

    public static String expired(String name, boolean secure) {
        return header(name, "", Duration.ZERO, secure);
    }
}
