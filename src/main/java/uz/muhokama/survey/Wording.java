package uz.muhokama.survey;

import static uz.muhokama.survey.JsonDocuments.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import uz.muhokama.platform.i18n.Language;

/** One text of a questionnaire (a title, a question, an option's label) in the portal's three languages. */
public record Wording(String uz, String ru, String en) {

    public static final Wording NONE = new Wording("", "", "");

    public Wording {
        uz = uz == null ? "" : uz;
        ru = ru == null ? "" : ru;
        en = en == null ? "" : en;
    }

    public String in(Language language) {
        return switch (language) {
            case UZ, UZ_CYRL -> uz;
            case RU -> ru;
            case EN -> en;
        };
    }

    public boolean complete() {
        return !uz.isBlank() && !ru.isBlank() && !en.isBlank();
    }

    public boolean isEmpty() {
        return uz.isBlank() && ru.isBlank() && en.isBlank();
    }

    public Wording with(Language language, String text) {
        return new Wording(
                language == Language.UZ ? text : uz,
                language == Language.RU ? text : ru,
                language == Language.EN ? text : en);
    }

    static Wording of(JsonValue value) {
        if (!(value instanceof JsonObject o)) {
            return NONE;
        }
        return new Wording(o.getString("uz", ""), o.getString("ru", ""), o.getString("en", ""));
    }

    JsonObject toJson() {
        return JSON.createObjectBuilder()
                .add("uz", uz)
                .add("ru", ru)
                .add("en", en)
                .build();
    }
}
