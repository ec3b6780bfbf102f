package uz.muhokama.platform.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;

/** The language of the current request, resolved once per request. */
@RequestScoped
public class CurrentLanguage {

    public static final String COOKIE = "muhokama_lang";
    public static final String QUERY_PARAM = "lang";

    @Inject
    HttpServletRequest request;

    private Language language;

    public Language get() {
        if (language == null) {
            language = LanguageResolver.resolve(queryParam(), cookie(request), request.getHeader("Accept-Language"));
        }
        return language;
    }

    /** True when the visitor picked a language in this very request, so it should be remembered. */
    public boolean chosenNow() {
        return Language.fromTag(queryParam()).isPresent();
    }

    /**
     * Read from the raw query string on purpose: {@code getParameter} would also parse a form body
     * and consume the stream JAX-RS still has to read.
     */
    private String queryParam() {
        return QueryString.first(request.getQueryString(), QUERY_PARAM);
    }

    private static String cookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        return Arrays.stream(cookies)
                .filter(c -> COOKIE.equals(c.getName()))
                .map(Cookie::getValue)
                .findFirst()
                .orElse(null);
    }
}
