package uz.muhokama.survey;

import static uz.muhokama.survey.JsonDocuments.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Accepted answers as JSON: the stored document (clauses with their stable keys, so that counts can
 * be taken back exactly when an answer is replaced), and the API's form (clauses by number), which is
 * also what a respondent sends. Reading a stored document needs its questionnaire version, which says
 * what type each answer has.
 */
final class AnswerDocument {

    private AnswerDocument() {}

    static String write(Map<String, AnswerValue> answers) {
        JsonObjectBuilder root = JSON.createObjectBuilder();
        answers.forEach((code, value) -> root.add(code, stored(value)));
        return root.build().toString();
    }

    private static JsonValue stored(AnswerValue value) {
        if (value instanceof AnswerValue.Clauses c) {
            JsonArrayBuilder array = JSON.createArrayBuilder();
            c.clauses()
                    .forEach(ref -> array.add(
                            JSON.createObjectBuilder().add("n", ref.number()).add("k", ref.key())));
            return array.build();
        }
        if (value instanceof AnswerValue.Factor f) {
            JsonObjectBuilder fields = JSON.createObjectBuilder();
            f.fields().forEach((code, v) -> fields.add(code, stored(v)));
            return fields.build();
        }
        return plain(value);
    }

    static Map<String, AnswerValue> read(Questionnaire questionnaire, String document) {
        JsonObject root;
        try (var reader = JSON.createReader(new StringReader(document))) {
            root = reader.readObject();
        }
        return read(questionnaire.questions(), questionnaire, root);
    }

    private static Map<String, AnswerValue> read(
            List<Question> questions, Questionnaire questionnaire, JsonObject root) {
        Map<String, AnswerValue> answers = new LinkedHashMap<>();
        for (Question question : questions) {
            JsonValue value = root.get(question.code());
            if (value != null) {
                answers.put(question.code(), read(question, questionnaire, value));
            }
        }
        return answers;
    }

    private static AnswerValue read(Question question, Questionnaire questionnaire, JsonValue value) {
        return switch (question.type()) {
            case YES_NO_PARTLY, SINGLE_CHOICE -> new AnswerValue.Choice(((JsonString) value).getString());
            case MULTIPLE_CHOICE -> new AnswerValue.Choices(((JsonArray) value).getValuesAs(JsonString::getString));
            case SCALE -> new AnswerValue.ScaleValue(((JsonNumber) value).intValue());
            case FREE_TEXT -> new AnswerValue.Text(((JsonString) value).getString());
            case CLAUSE_REFERENCE ->
                new AnswerValue.Clauses(((JsonArray) value)
                        .getValuesAs(JsonObject.class).stream()
                                .map(o -> new AnswerValue.ClauseRef(o.getString("n"), o.getString("k")))
                                .toList());
            case FACTOR_CHECK ->
                new AnswerValue.Factor(read(questionnaire.factorFields(), questionnaire, (JsonObject) value));
        };
    }

    /** The answers as the API shows them and takes them: clauses by number. */
    static JsonObject api(Map<String, AnswerValue> answers) {
        JsonObjectBuilder root = JSON.createObjectBuilder();
        answers.forEach((code, value) -> root.add(code, api(value)));
        return root.build();
    }

    private static JsonValue api(AnswerValue value) {
        if (value instanceof AnswerValue.Clauses c) {
            return JSON.createArrayBuilder(c.clauses().stream()
                            .map(AnswerValue.ClauseRef::number)
                            .toList())
                    .build();
        }
        if (value instanceof AnswerValue.Factor f) {
            JsonObjectBuilder fields = JSON.createObjectBuilder();
            f.fields().forEach((code, v) -> fields.add(code, api(v)));
            return fields.build();
        }
        return plain(value);
    }

    private static JsonValue plain(AnswerValue value) {
        if (value instanceof AnswerValue.Choice c) {
            return JSON.createValue(c.code());
        }
        if (value instanceof AnswerValue.Choices c) {
            return JSON.createArrayBuilder(c.codes()).build();
        }
        if (value instanceof AnswerValue.ScaleValue s) {
            return JSON.createValue(s.value());
        }
        if (value instanceof AnswerValue.Text t) {
            return JSON.createValue(t.text());
        }
        throw new IllegalArgumentException(value.toString());
    }

    /** JSON as plain Java values (strings, numbers, lists, maps), as {@link AnswerCheck} takes them. */
    static Object plainJava(JsonValue value) {
        if (value == null) {
            return null;
        }
        return switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).bigDecimalValue();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NULL -> null;
            case ARRAY -> {
                List<Object> list = new ArrayList<>();
                value.asJsonArray().forEach(v -> list.add(plainJava(v)));
                yield list;
            }
            case OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                value.asJsonObject().forEach((k, v) -> map.put(k, plainJava(v)));
                yield map;
            }
        };
    }
}
