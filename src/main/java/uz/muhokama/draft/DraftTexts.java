package uz.muhokama.draft;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import uz.muhokama.platform.i18n.Language;

/**
 * A draft's title and summary, written in Uzbek and optionally translated into Russian and English, and
 * how a reader gets them in their language. Replaced whole by each edit ({@link Draft#describe}), never
 * changed in place.
 */
@Embeddable
class DraftTexts {

    @Column(name = "title_uz", nullable = false)
    private String titleUz;

    @Column(name = "title_ru")
    private String titleRu;

    @Column(name = "title_en")
    private String titleEn;

    @Column(name = "summary_uz")
    private String summaryUz;

    @Column(name = "summary_ru")
    private String summaryRu;

    @Column(name = "summary_en")
    private String summaryEn;

    protected DraftTexts() {}

    /** The form's texts, trimmed; a translation or summary left blank is none. */
    static DraftTexts of(DraftForm form) {
        DraftTexts texts = new DraftTexts();
        texts.titleUz = form.titleUz().trim();
        texts.titleRu = trimToNull(form.titleRu());
        texts.titleEn = trimToNull(form.titleEn());
        texts.summaryUz = trimToNull(form.summaryUz());
        texts.summaryRu = trimToNull(form.summaryRu());
        texts.summaryEn = trimToNull(form.summaryEn());
        return texts;
    }

    /** The title in the reader's language, or the Uzbek one where no translation was given. */
    String title(Language language) {
        return inLanguage(language, titleUz, titleRu, titleEn);
    }

    String summary(Language language) {
        return inLanguage(language, summaryUz, summaryRu, summaryEn);
    }

    /** A text given in Uzbek and optionally translated, in the reader's language or else in Uzbek. */
    static String inLanguage(Language language, String uz, String ru, String en) {
        return switch (language) {
            case RU -> ru != null ? ru : uz;
            case EN -> en != null ? en : uz;
            case UZ, UZ_CYRL -> uz;
        };
    }

    /** The titles as written, by language code (uz, ru, en), a missing translation as null. */
    Map<String, String> titles() {
        return byLanguage(titleUz, titleRu, titleEn);
    }

    Map<String, String> summaries() {
        return byLanguage(summaryUz, summaryRu, summaryEn);
    }

    /** Every text given, titles first: what a search for words of the draft reads. */
    Stream<String> given() {
        return Stream.of(titleUz, titleRu, titleEn, summaryUz, summaryRu, summaryEn)
                .filter(s -> s != null && !s.isBlank());
    }

    private static Map<String, String> byLanguage(String uz, String ru, String en) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("uz", uz);
        texts.put("ru", ru);
        texts.put("en", en);
        return texts;
    }

    private static String trimToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    String titleUz() {
        return titleUz;
    }

    String titleRu() {
        return titleRu;
    }

    String titleEn() {
        return titleEn;
    }

    String summaryUz() {
        return summaryUz;
    }

    String summaryRu() {
        return summaryRu;
    }

    String summaryEn() {
        return summaryEn;
    }
}
