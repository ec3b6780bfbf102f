package uz.muhokama.survey;

import static uz.muhokama.survey.JsonDocuments.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.i18n.UzbekScript;

/**
 * One text of a questionnaire (a title, a question, an option's label) in the portal's languages. Uzbek, Russian
 * and English are required; the Cyrillic Uzbek text is optional ({@code uzCyrl} in the JSON): without one, the
 * Latin text is transliterated, so questionnaires stored before there was a Cyrillic interface show in it too.
 */
public record Wording(String uz, String uzCyrl, String ru, String en) {

    public static final Wording NONE = new Wording("", "", "", "");

    public Wording {
        uz = uz == null ? "" : uz;
        uzCyrl = uzCyrl == null ? "" : uzCyrl;
        ru = ru == null ? "" : ru;
        en = en == null ? "" : en;
    }

    /** A text without its own Cyrillic wording. */
    public Wording(String uz, String ru, String en) {
        this(uz, "", ru, en);
    }

    public String in(Language language) {
        return switch (language) {
            case UZ -> uz;
            case UZ_CYRL -> uzCyrl.isBlank() ? UzbekScript.toCyrillic(uz) : uzCyrl;
            case RU -> ru;
            case EN -> en;
        };
    }

    public boolean complete() {
        return !uz.isBlank() && !ru.isBlank() && !en.isBlank();
    }

    public boolean isEmpty() {
        return uz.isBlank() && uzCyrl.isBlank() && ru.isBlank() && en.isBlank();
    }

    public Wording with(Language language, String text) {
        return new Wording(
                language == Language.UZ ? text : uz,
                language == Language.UZ_CYRL ? text : uzCyrl,
                language == Language.RU ? text : ru,
                language == Language.EN ? text : en);
    }

    static Wording of(JsonValue value) {
        if (!(value instanceof JsonObject o)) {
            return NONE;
        }
        return new Wording(
                o.getString("uz", ""), o.getString("uzCyrl", ""), o.getString("ru", ""), o.getString("en", ""));
    }

    /** The Cyrillic text only when one was given: a generated one is made again when read. */
    JsonObject toJson() {
        JsonObjectBuilder json = JSON.createObjectBuilder().add("uz", uz);
        if (!uzCyrl.isBlank()) {
            json.add("uzCyrl", uzCyrl);
        }
        return json.add("ru", ru).add("en", en).build();
    }
}
