package uz.muhokama.survey;

import static uz.muhokama.survey.JsonDocuments.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uz.muhokama.platform.error.FieldError;
import uz.muhokama.platform.error.InvalidInput;
import uz.muhokama.platform.web.JsonBodyRules;
import uz.muhokama.platform.web.StrictJsonBodies;

/**
 * A questionnaire version as JSON: how it is stored, uploaded by an administrator and shipped in
 * {@code survey/questionnaires.json}. A definition read here must also keep {@link QuestionnaireRules};
 * problems of either kind are reported per place in the document, as {@code questions[3].options}.
 */
final class QuestionnaireDefinitions {

    private QuestionnaireDefinitions() {}

    /** Reads a definition; any problem, of JSON or of the rules, is a 400 listing each place. */
    public static Questionnaire parse(String json) {
        // Pasted into the editor's form, a definition skips the API's body checks: nested a thousand
        // deep, it passed the parser and overflowed the stack of the walk that reads it (a 500).
        if (json != null && StrictJsonBodies.depth(json) > StrictJsonBodies.MAX_DEPTH) {
            throw new InvalidInput("definition", "validation.body.too-deep", StrictJsonBodies.MAX_DEPTH);
        }
        JsonObject root;
        try (var reader = JSON.createReader(new StringReader(json == null ? "" : json))) {
            root = reader.readObject();
        } catch (JsonParsingException | IllegalStateException | ClassCastException e) {
            throw new InvalidInput("definition", "survey.definition.invalid-json");
        } catch (JsonException e) {
            throw new InvalidInput("definition", "survey.definition.invalid-json");
        }
        // The same text rules as every other text the portal takes (no control characters, no half pairs).
        List<FieldError> texts = JsonBodyRules.textProblems(root);
        if (!texts.isEmpty()) {
            throw new InvalidInput(texts);
        }
        return parse(root);
    }

    static Questionnaire parse(JsonObject root) {
        List<FieldError> problems = new ArrayList<>();
        String code = string(root, "code");
        Questionnaire.Audience audience = enumValue(Questionnaire.Audience.class, string(root, "audience"));
        Questionnaire.Scope scope = enumValue(Questionnaire.Scope.class, string(root, "scope"));
        if (audience == null) {
            problems.add(new FieldError("audience", "survey.definition.audience-unknown"));
        }
        if (scope == null) {
            problems.add(new FieldError("scope", "survey.definition.scope-unknown"));
        }
        List<Questionnaire.FactorGroup> groups = new ArrayList<>();
        for (JsonObject g : objects(root, "groups", problems)) {
            groups.add(new Questionnaire.FactorGroup(string(g, "code"), Wording.of(g.get("title"))));
        }
        List<Question> factorFields = questions(root, "factorFields", problems);
        List<Question> questions = questions(root, "questions", problems);
        int version = root.get("version") instanceof JsonNumber n ? n.intValue() : 1;
        Questionnaire questionnaire = new Questionnaire(
                code,
                version,
                audience,
                scope,
                Wording.of(root.get("title")),
                Wording.of(root.get("intro")),
                groups,
                factorFields,
                questions);
        problems.addAll(QuestionnaireRules.problemsOf(questionnaire));
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return questionnaire;
    }

    /** The stored form: every language, nothing else. */
    public static String write(Questionnaire q) {
        JsonObjectBuilder root = JSON.createObjectBuilder()
                .add("code", q.code())
                .add("version", q.version())
                .add("audience", q.audience().name())
                .add("scope", q.scope().name().toLowerCase(Locale.ROOT))
                .add("title", q.title().toJson())
                .add("intro", q.intro().toJson());
        if (!q.groups().isEmpty()) {
            JsonArrayBuilder groups = JSON.createArrayBuilder();
            q.groups()
                    .forEach(g -> groups.add(JSON.createObjectBuilder()
                            .add("code", g.code())
                            .add("title", g.title().toJson())));
            root.add("groups", groups);
        }
        if (!q.factorFields().isEmpty()) {
            root.add("factorFields", write(q.factorFields()));
        }
        root.add("questions", write(q.questions()));
        return root.build().toString();
    }

    private static JsonArrayBuilder write(List<Question> questions) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        for (Question q : questions) {
            JsonObjectBuilder o = JSON.createObjectBuilder()
                    .add("code", q.code())
                    .add("type", q.type().code())
                    .add("required", q.required())
                    .add("text", q.text().toJson());
            if (!q.title().isEmpty()) {
                o.add("title", q.title().toJson());
            }
            if (q.group() != null) {
                o.add("group", q.group());
            }
            if (!q.options().isEmpty()) {
                JsonArrayBuilder options = JSON.createArrayBuilder();
                q.options()
                        .forEach(opt -> options.add(JSON.createObjectBuilder()
                                .add("code", opt.code())
                                .add("label", opt.label().toJson())));
                o.add("options", options);
            }
            if (q.scale() != null) {
                o.add(
                        "scale",
                        JSON.createObjectBuilder()
                                .add("min", q.scale().min())
                                .add("max", q.scale().max())
                                .add("minLabel", q.scale().minLabel().toJson())
                                .add("maxLabel", q.scale().maxLabel().toJson()));
            }
            if (!q.showIf().isEmpty()) {
                JsonObjectBuilder showIf = JSON.createObjectBuilder();
                q.showIf().forEach((k, v) -> showIf.add(k, JSON.createArrayBuilder(v)));
                o.add("showIf", showIf);
            }
            if (q.multiple()) {
                o.add("multiple", true);
            }
            if (q.type() == QuestionType.FREE_TEXT || q.type() == QuestionType.FACTOR_CHECK) {
                o.add("maxLength", q.maxLength());
            }
            array.add(o);
        }
        return array;
    }

    private static List<Question> questions(JsonObject root, String name, List<FieldError> problems) {
        List<Question> questions = new ArrayList<>();
        List<JsonObject> items = objects(root, name, problems);
        for (int i = 0; i < items.size(); i++) {
            JsonObject o = items.get(i);
            String path = name + "[" + i + "]";
            String typeCode = string(o, "type");
            QuestionType type =
                    QuestionType.fromCode(typeCode == null ? "" : typeCode).orElse(null);
            if (type == null) {
                problems.add(new FieldError(path + ".type", "survey.definition.type-unknown"));
                continue;
            }
            List<Question.Option> options = new ArrayList<>();
            for (JsonObject opt : objects(o, "options", problems)) {
                options.add(new Question.Option(string(opt, "code"), Wording.of(opt.get("label"))));
            }
            Question.Scale scale = null;
            if (o.get("scale") instanceof JsonObject s) {
                scale = new Question.Scale(
                        s.getInt("min", 1),
                        s.getInt("max", 0),
                        Wording.of(s.get("minLabel")),
                        Wording.of(s.get("maxLabel")));
            }
            Map<String, List<String>> showIf = new LinkedHashMap<>();
            if (o.get("showIf") instanceof JsonObject conditions) {
                conditions.forEach((on, values) -> showIf.put(on, strings(values)));
            }
            int maxLength = o.get("maxLength") instanceof JsonNumber n ? n.intValue() : Question.DEFAULT_MAX_LENGTH;
            questions.add(new Question(
                    string(o, "code"),
                    type,
                    o.getBoolean("required", false),
                    Wording.of(o.get("text")),
                    options,
                    showIf,
                    scale,
                    o.getBoolean("multiple", false),
                    string(o, "group"),
                    Wording.of(o.get("title")),
                    maxLength));
        }
        return questions;
    }

    private static List<JsonObject> objects(JsonObject parent, String name, List<FieldError> problems) {
        JsonValue value = parent.get(name);
        if (value == null || value == JsonValue.NULL) {
            return List.of();
        }
        if (!(value instanceof JsonArray array) || array.stream().anyMatch(v -> !(v instanceof JsonObject))) {
            problems.add(new FieldError(name, "survey.definition.invalid-json"));
            return List.of();
        }
        return array.getValuesAs(JsonObject.class);
    }

    private static List<String> strings(JsonValue value) {
        if (value instanceof JsonString s) {
            return List.of(s.getString());
        }
        if (value instanceof JsonArray array) {
            return array.stream()
                    .filter(v -> v instanceof JsonString)
                    .map(v -> ((JsonString) v).getString())
                    .toList();
        }
        return List.of();
    }

    private static String string(JsonObject o, String name) {
        return o.get(name) instanceof JsonString s ? s.getString().trim() : null;
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value.trim())) {
                return constant;
            }
        }
        return null;
    }
}
