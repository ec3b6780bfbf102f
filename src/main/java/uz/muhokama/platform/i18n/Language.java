package uz.muhokama.platform.i18n;

import java.util.Locale;
import java.util.Optional;

/**
 * The languages the portal speaks. Uzbek is written in two scripts, and each is a language here: Latin
 * ({@code uz}, the default, as the state writes it since 1995) and Cyrillic ({@code uz-Cyrl}).
 */
public enum Language {
    UZ("uz", "Oʻzbekcha"),
    UZ_CYRL("uz-Cyrl", "Ўзбекча"),
    RU("ru", "Русский"),
    EN("en", "English");

    public static final Language DEFAULT = UZ;

    private static final Language[] VALUES = values();

    private final String tag;
    private final String selfName;
    private final Locale locale;

    Language(String tag, String selfName) {
        this.tag = tag;
        this.selfName = selfName;
        this.locale = Locale.forLanguageTag(tag);
    }

    /** BCP 47 tag as used in URLs, cookies, {@code <html lang>} and {@code Content-Language}. */
    public String tag() {
        return tag;
    }

    /** The language's name in itself, as language switchers show it. */
    public String selfName() {
        return selfName;
    }

    public Locale locale() {
        return locale;
    }

    /** Whether this is Uzbek in either script. */
    public boolean isUzbek() {
        return this == UZ || this == UZ_CYRL;
    }

    /** The language of a locale the portal made from one of its languages; the default for any other. */
    public static Language of(Locale locale) {
        return locale == null ? DEFAULT : fromTag(locale.toLanguageTag()).orElse(DEFAULT);
    }

    /**
     * Accepts {@code uz}, {@code uz-Latn}, {@code oz} (regulation.gov.uz's name for Latin Uzbek),
     * {@code uz-Cyrl}, {@code uz-Cyrl-UZ}, {@code uz_UZ_#Cyrl}, {@code ru-RU}, {@code EN} and the like.
     */
    public static Optional<Language> fromTag(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String[] subtags = value.trim().toLowerCase(Locale.ROOT).split("[-_#]+");
        String primary = subtags[0];
        if (primary.equals("oz")) {
            return Optional.of(UZ);
        }
        if (primary.equals("uz")) {
            for (int i = 1; i < subtags.length; i++) {
                if (subtags[i].equals("cyrl")) {
                    return Optional.of(UZ_CYRL);
                }
            }
            return Optional.of(UZ);
        }
        for (Language language : VALUES) {
            if (language.tag.equals(primary)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
