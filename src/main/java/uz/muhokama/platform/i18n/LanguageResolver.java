package uz.muhokama.platform.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides the language of a request: an explicit {@code ?lang=} wins, then the remembered cookie,
 * then the browser's {@code Accept-Language} preferences, then Uzbek.
 */
public final class LanguageResolver {

    private LanguageResolver() {}

    public static Language resolve(String queryParam, String cookieValue, String acceptLanguage) {
        return Language.fromTag(queryParam)
                .or(() -> Language.fromTag(cookieValue))
                .or(() -> fromAcceptLanguage(acceptLanguage))
                .orElse(Language.DEFAULT);
    }

    static Optional<Language> fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header);
            for (Locale.LanguageRange range : ranges) {
                if (range.getWeight() <= 0) {
                    continue;
                }
                Optional<Language> language = Language.fromTag(range.getRange());
                if (language.isPresent()) {
                    return language;
                }
            }
        } catch (IllegalArgumentException malformedHeader) {
            // A broken header is the browser's problem, not the visitor's: fall through to the default.
        }
        return Optional.empty();
    }
}
