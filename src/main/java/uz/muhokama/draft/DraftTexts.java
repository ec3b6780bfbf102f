package uz.muhokama.draft;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.i18n.UzbekScript;

/**
 * A draft's title and summary, written in Uzbek and optionally translated into Russian and English, and
 * how a reader gets them in their language. Replaced whole by each edit ({@link Draft#describe}), never
 * changed in place.
 *
 * <p>The official Uzbek text may be given in Latin ({@code title_uz}), in Cyrillic ({@code title_uz_cyrl}) or
 * in both; at least one Uzbek title. Each column holds only its own script: a text typed into the other
 * script's field is filed by its script ({@link #filed}). A reader of a script the agency did not write in
 * is shown a generated transliteration marked as such ({@link ShownText}), never stored, so that a better
 * transliterator improves every draft at once and the official text stays exactly what the agency wrote.
 */
@Embeddable
class DraftTexts {

    @Column(name = "title_uz")
    private String titleUz;

    @Column(name = "title_uz_cyrl")
    private String titleUzCyrl;

    @Column(name = "title_ru")
    private String titleRu;

    @Column(name = "title_en")
    private String titleEn;

    @Column(name = "summary_uz")
    private String summaryUz;

    @Column(name = "summary_uz_cyrl")
    private String summaryUzCyrl;

    @Column(name = "summary_ru")
    private String summaryRu;

    @Column(name = "summary_en")
    private String summaryEn;

    protected DraftTexts() {}

    /** The form's texts, trimmed and filed by script; a translation or summary left blank is none. */
    static DraftTexts of(DraftForm form) {
        DraftTexts texts = new DraftTexts();
        String[] title = filed(form.titleUz(), form.titleUzCyrl());
        texts.titleUz = title[0];
        texts.titleUzCyrl = title[1];
        texts.titleRu = trimToNull(form.titleRu());
        texts.titleEn = trimToNull(form.titleEn());
        String[] summary = filed(form.summaryUz(), form.summaryUzCyrl());
        texts.summaryUz = summary[0];
        texts.summaryUzCyrl = summary[1];
        texts.summaryRu = trimToNull(form.summaryRu());
        texts.summaryEn = trimToNull(form.summaryEn());
        return texts;
    }

    /**
     * An Uzbek text as {Latin, Cyrillic}, each trimmed or null. A text in the Latin field that is written in
     * Cyrillic (an agency used to one field, or an API client from before the Cyrillic fields) is the
     * Cyrillic text when that field is empty, and the reverse: the script decides, not the box.
     */
    static String[] filed(String latinField, String cyrillicField) {
        String latin = trimToNull(latinField);
        String cyrillic = trimToNull(cyrillicField);
        if (latin != null && cyrillic == null && UzbekScript.isCyrillic(latin)) {
            return new String[] {null, latin};
        }
        if (cyrillic != null && latin == null && !UzbekScript.isCyrillic(cyrillic)) {
            return new String[] {cyrillic, null};
        }
        return new String[] {latin, cyrillic};
    }

    /** The title for a reader of {@code language}, marked where it is a generated transliteration. */
    ShownText shownTitle(Language language) {
        return ShownText.of(language, titleUz, titleUzCyrl, titleRu, titleEn);
    }

    ShownText shownSummary(Language language) {
        return ShownText.of(language, summaryUz, summaryUzCyrl, summaryRu, summaryEn);
    }

    /** The title in the reader's language, or the Uzbek one where no translation was given. */
    String title(Language language) {
        return shownTitle(language).text();
    }

    String summary(Language language) {
        return shownSummary(language).text();
    }

    /** A text given in Uzbek (Latin, Cyrillic or both) and optionally translated, for a reader of {@code language}. */
    static String inLanguage(Language language, String uz, String uzCyrl, String ru, String en) {
        return ShownText.of(language, uz, uzCyrl, ru, en).text();
    }

    /** The titles as written, by language tag (uz, uz-Cyrl, ru, en), a text not given as null. */
    Map<String, String> titles() {
        return byLanguage(titleUz, titleUzCyrl, titleRu, titleEn);
    }

    Map<String, String> summaries() {
        return byLanguage(summaryUz, summaryUzCyrl, summaryRu, summaryEn);
    }

    /** Every text given, titles first: what a search for words of the draft reads (both Uzbek scripts). */
    Stream<String> given() {
        return Stream.of(titleUz, titleUzCyrl, titleRu, titleEn, summaryUz, summaryUzCyrl, summaryRu, summaryEn)
                .filter(s -> s != null && !s.isBlank());
    }

    private static Map<String, String> byLanguage(String uz, String uzCyrl, String ru, String en) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put(Language.UZ.tag(), uz);
        texts.put(Language.UZ_CYRL.tag(), uzCyrl);
        texts.put(Language.RU.tag(), ru);
        texts.put(Language.EN.tag(), en);
        return texts;
    }

    static String trimToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    String titleUz() {
        return titleUz;
    }

    String titleUzCyrl() {
        return titleUzCyrl;
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

    String summaryUzCyrl() {
        return summaryUzCyrl;
    }

    String summaryRu() {
        return summaryRu;
    }

    String summaryEn() {
        return summaryEn;
    }
}
