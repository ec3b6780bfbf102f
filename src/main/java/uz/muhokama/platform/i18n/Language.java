package uz.muhokama.platform.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages the portal speaks. Uzbek (Latin script) is the default. */
public enum Language {
    UZ("uz", "Oʻzbekcha"),
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

    /** BCP 47 tag as used in URLs, cookies and {@code <html lang>}. */
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

    /** The language of a locale the portal made from one of its languages; the default for any other. */
    public static Language of(Locale locale) {
        String primary = locale == null ? "" : locale.getLanguage();
        for (Language language : VALUES) {
            if (language.tag.equals(primary)) {
                return language;
            }
        }
        return DEFAULT;
    }

    /** Accepts {@code uz}, {@code uz-Latn}, {@code ru-RU}, {@code EN} and the like. */
    public static Optional<Language> fromTag(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String primary = value.trim().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(l -> l.tag.equals(primary)).findFirst();
    }
}
