package uz.muhokama.draft;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.i18n.Messages;
import uz.muhokama.platform.i18n.UzbekScript;

/**
 * A text of a draft as one reader is shown it: its words, the language tag of those words (for the page's
 * {@code lang} attribute; a Russian reader shown the Uzbek title reads {@code uz}) and whether it is a
 * transliteration the portal generated because the agency gave the text in the other Uzbek script only.
 * A generated text is never the official one: the pages mark it and point to the official script.
 */
@JsonbPropertyOrder({"text", "language", "generated"})
public record ShownText(String text, String language, boolean generated) {

    private static final ShownText NONE = new ShownText(null, null, false);

    /**
     * The text for a reader of {@code language} from the official texts given: Uzbek in Latin and in
     * Cyrillic (either may be missing, not both where the text is required), Russian and English (missing
     * means not translated). An Uzbek reader gets the official text in their script, else the other script's
     * transliterated and marked generated; a Russian or English reader gets the translation, else the
     * official Uzbek text as written (Latin where both are given), not transliterated.
     */
    static ShownText of(Language language, String latinGiven, String cyrillicGiven, String ru, String en) {
        // Filed by script again on reading: rows from before the Cyrillic columns may hold a Cyrillic text in
        // the Latin one, and it is still the agency's Cyrillic text.
        String[] filed = DraftTexts.filed(latinGiven, cyrillicGiven);
        String latin = filed[0];
        String cyrillic = filed[1];
        return switch (language) {
            case UZ ->
                latin != null
                        ? official(latin, Language.UZ)
                        : cyrillic != null ? generated(UzbekScript.toLatin(cyrillic), Language.UZ) : NONE;
            case UZ_CYRL ->
                cyrillic != null
                        ? official(cyrillic, Language.UZ_CYRL)
                        : latin != null ? generated(UzbekScript.toCyrillic(latin), Language.UZ_CYRL) : NONE;
            case RU -> ru != null ? official(ru, Language.RU) : asWritten(latin, cyrillic);
            case EN -> en != null ? official(en, Language.EN) : asWritten(latin, cyrillic);
        };
    }

    /** An Uzbek text written in one script or both, as written: Latin where both are given. */
    private static ShownText asWritten(String latin, String cyrillic) {
        if (latin != null) {
            return official(latin, Language.UZ);
        }
        return cyrillic != null ? official(cyrillic, Language.UZ_CYRL) : NONE;
    }

    private static ShownText official(String text, Language language) {
        return new ShownText(text, language.tag(), false);
    }

    private static ShownText generated(String text, Language language) {
        return new ShownText(text, language.tag(), true);
    }

    /** Whether there is a text at all (an optional summary or heading may have none in either script). */
    public boolean present() {
        return text != null && !text.isBlank();
    }

    /**
     * The text for a medium without marks of its own (an e-mail, a feed entry, a spreadsheet cell): a
     * generated text carries the words saying so ({@code draft.generated.plain}), an official one is as given.
     */
    public String plain(Messages messages, Language reader) {
        return plain(text, generated, messages, reader);
    }

    /** {@link #plain(Messages, Language)} of a text held apart from its flag (a {@link ListedDraft}'s). */
    static String plain(String text, boolean generated, Messages messages, Language reader) {
        return generated && text != null ? messages.get(reader, "draft.generated.plain", text) : text;
    }
}
