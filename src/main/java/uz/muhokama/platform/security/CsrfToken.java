package uz.muhokama.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import uz.muhokama.platform.web.Cookies;

/**
 * The anti-forgery token of this browser: a random value kept in a SameSite cookie and repeated in a
 * hidden field of every form. A forged cross-site form cannot read the cookie, so it cannot repeat it.
 */
@RequestScoped
public class CsrfToken {

    public static final String COOKIE = "muhokama_csrf";
    public static final String FIELD = "_csrf";

    @Inject
    HttpServletRequest request;

    private String value;
    private boolean issuedNow;

    public String value() {
        if (value == null) {
            value = Cookies.read(request, COOKIE).filter(v -> v.length() >= 32).orElse(null);
            if (value == null) {
                value = RandomSecrets.urlSafe(32);
                issuedNow = true;
            }
        }
        return value;
    }

    /** True when the browser has no token yet and this response must set the cookie. */
    public boolean issuedNow() {
        return issuedNow;
    }
}
