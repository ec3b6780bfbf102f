package uz.muhokama.platform.i18n;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message pattern of the Latin bundle, as written in the properties file, in Cyrillic: only its Uzbek words go
 * through {@link UzbekScript#toCyrillicMessage}. Kept as typed, on top of what that keeps: properties escapes
 * ({@code \n}, which it would take for letters), format keywords ({@code {0,choice,…}}), names and abbreviations
 * written in Latin letters in Cyrillic Uzbek too ({@link #NAMES}), values a client types into the API ({@link
 * #API_WORDS}), quoted JSON and tokens with digits (ISO-8601, 2026-05-01T09:00:00Z).
 */
final class MessageScript {

    /** Names of products, licences and file formats, written in Latin letters in Cyrillic Uzbek too. */
    static final List<String> NAMES = List.of(
            "Creative Commons Attribution",
            "CC BY",
            "Excel",
            "Atom",
            "Frictionless",
            "Table Schema",
            "JSON Lines",
            "datapackage\\.json",
            "API",
            "JSON",
            "PDF",
            "CSV",
            "XLSX",
            "DOCX",
            "ODT",
            "ZIP",
            "UTF",
            "ISO",
            "ID");

    /**
     * Values a client sends to the API, quoted in its error messages ("use newest or oldest"): typed as they
     * are whatever the language. English words that are no Uzbek words, so keeping them costs no Uzbek text.
     */
    static final List<String> API_WORDS = List.of(
            "SUPPORT",
            "OPPOSE",
            "AGENCY",
            "EXPERT",
            "SIGNED_IN",
            "scheduled",
            "open",
            "closed",
            "withdrawn",
            "newest",
            "oldest",
            "closing",
            "discussed",
            "present",
            "clauses",
            "explanation",
            "recommendation",
            "pending",
            "approved",
            "declined",
            "do-nothing",
            "proposed",
            "alternative",
            "citizens",
            "business",
            "state",
            "from",
            "to",
            "sector",
            "agency",
            "draft",
            "region",
            "csv",
            "jsonl",
            "xlsx",
            "simplified",
            "expanded",
            "true",
            "false",
            "null",
            "uz-Cyrl",
            "uz",
            "ru",
            "en");

    /** The pieces a message keeps as they are, in the order they are tried. */
    static final Pattern KEPT = Pattern.compile(String.join(
            "|",
            "\\\\u[0-9a-fA-F]{4}",
            "\\\\.",
            "\\{\\d+\\s*(?:,\\s*[a-z]+\\s*)?(?:,\\s*(?:short|medium|long|full|integer|currency|percent)\\s*)?",
            "'[^']*'",
            "<[^>]*>",
            "&#?[A-Za-z0-9]+;",
            "(?:https?://|mailto:)[^\\s«»\"<>]*[^\\s«»\"<>.,;:!?)]",
            "[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+",
            "\\b(?:" + String.join("|", NAMES) + ")\\b",
            "(?<![\\p{L}-])(?:" + String.join("|", API_WORDS) + ")(?![\\p{L}ʻʼ-])",
            "\"[^\"\\s]*\"",
            "(?<![\\p{L}\\d])/[a-z][\\w./{}-]*[\\w}]",
            "U\\+[0-9A-F]{4,6}",
            "[A-Za-z]*\\d[A-Za-z0-9]*(?:[-:.][A-Za-z0-9]*\\d[A-Za-z0-9]*)*"));

    private MessageScript() {}

    static String toCyrillic(String latinPattern) {
        StringBuilder out = new StringBuilder(latinPattern.length() + 16);
        Matcher kept = KEPT.matcher(latinPattern);
        int at = 0;
        while (kept.find()) {
            out.append(UzbekScript.toCyrillicMessage(latinPattern.substring(at, kept.start())));
            out.append(kept.group());
            at = kept.end();
        }
        out.append(UzbekScript.toCyrillicMessage(latinPattern.substring(at)));
        return out.toString();
    }
}
