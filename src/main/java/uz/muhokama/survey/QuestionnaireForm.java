package uz.muhokama.survey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import uz.muhokama.draft.DraftView;
import uz.muhokama.platform.i18n.Language;

/**
 * A questionnaire as a page's form, in the reader's language, filled with what the reader gave (their
 * stored answers, or what they just sent when it came back with messages). Fields are named as the
 * API's answers are ({@code compliance}, {@code F05.clauses}), so the messages of a refusal land beside
 * their fields. Also turns a posted form back into answers for {@link AnswerCheck}.
 */
public record QuestionnaireForm(
        String code,
        String title,
        String intro,
        int version,
        List<Field> questions,
        List<FactorGroupForm> groups,
        Map<String, String> errors) {

    /** One question of the form; {@code condition} says, in words, when it is to be answered. */
    public record Field(
            String name,
            String id,
            String type,
            String text,
            boolean required,
            String condition,
            List<Choice> choices,
            String value,
            int maxLength,
            String scaleEnds,
            String error) {

        public boolean isChoice() {
            return "yes_no_partly".equals(type) || "single_choice".equals(type) || "scale".equals(type);
        }

        public boolean isMultiple() {
            return "multiple_choice".equals(type) || "clause_reference".equals(type);
        }

        public boolean isText() {
            return "free_text".equals(type);
        }

        public boolean hasError() {
            return error != null;
        }

        /** The ids the field's description points to: its hint and its message. */
        public String describedBy() {
            List<String> ids = new ArrayList<>();
            if (condition != null || scaleEnds != null) {
                ids.add(id + "-hint");
            }
            if (error != null) {
                ids.add(id + "-error");
            }
            return ids.isEmpty() ? null : String.join(" ", ids);
        }
    }

    /** An option, a point of a scale or a clause: the value sent, what the reader sees, whether chosen. */
    public record Choice(String value, String label, String id, boolean checked) {}

    /** A group of factors, as the expertise lists them. */
    public record FactorGroupForm(String code, String title, List<FactorForm> factors) {}

    /** One factor check: its name and check question, and its fields. */
    public record FactorForm(String code, String name, String question, List<Field> fields) {

        public Field present() {
            return fields.get(0);
        }

        public List<Field> whenPresent() {
            return fields.subList(1, fields.size());
        }

        public boolean hasError() {
            return fields.stream().anyMatch(Field::hasError);
        }
    }

    /** The person's answers as a form's values, field by field. */
    static Map<String, List<String>> values(Map<String, AnswerValue> answers) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        answers.forEach((code, value) -> values(code, value, values));
        return values;
    }

    private static void values(String name, AnswerValue value, Map<String, List<String>> values) {
        if (value instanceof AnswerValue.Choice c) {
            values.put(name, List.of(c.code()));
        } else if (value instanceof AnswerValue.Choices c) {
            values.put(name, c.codes());
        } else if (value instanceof AnswerValue.ScaleValue s) {
            values.put(name, List.of(Integer.toString(s.value())));
        } else if (value instanceof AnswerValue.Text t) {
            values.put(name, List.of(t.text()));
        } else if (value instanceof AnswerValue.Clauses c) {
            values.put(
                    name,
                    c.clauses().stream().map(AnswerValue.ClauseRef::number).toList());
        } else if (value instanceof AnswerValue.Factor f) {
            f.fields().forEach((field, v) -> values(name + "." + field, v, values));
        }
    }

    /** A posted form as answers: the API's shapes, taken from the fields the questionnaire has. */
    static Map<String, Object> answers(Questionnaire q, Map<String, List<String>> posted) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (Question question : q.questions()) {
            if (question.type() == QuestionType.FACTOR_CHECK) {
                Map<String, Object> fields = new LinkedHashMap<>();
                q.factorFields().forEach(f -> put(f, question.code() + "." + f.code(), posted, fields, f.code()));
                answers.put(question.code(), fields);
            } else {
                put(question, question.code(), posted, answers, question.code());
            }
        }
        return answers;
    }

    private static void put(
            Question question, String name, Map<String, List<String>> posted, Map<String, Object> into, String key) {
        List<String> values = posted.getOrDefault(name, List.of());
        if (question.type() == QuestionType.MULTIPLE_CHOICE || question.type() == QuestionType.CLAUSE_REFERENCE) {
            into.put(key, values);
            return;
        }
        String first = values.isEmpty() ? null : values.get(0);
        if (first == null) {
            return;
        }
        if (question.type() == QuestionType.SCALE) {
            try {
                into.put(key, Integer.valueOf(first.trim()));
            } catch (NumberFormatException notANumber) {
                into.put(key, first);
            }
        } else {
            into.put(key, first);
        }
    }

    /**
     * The form for a questionnaire version.
     *
     * @param clauses the draft's clauses to choose from (empty for the portal survey)
     * @param errors  messages by field name, as {@code answers.F05.clauses} (the prefix is dropped)
     */
    static QuestionnaireForm of(
            Questionnaire q,
            List<DraftView.ClauseView> clauses,
            Map<String, List<String>> values,
            Map<String, String> errors,
            Language language,
            BiFunction<String, Object[], String> messages) {
        Map<String, String> byField = new LinkedHashMap<>();
        errors.forEach((field, message) ->
                byField.put(field.startsWith("answers.") ? field.substring("answers.".length()) : field, message));
        Builder builder = new Builder(q, clauses, values, byField, language, messages);
        List<Field> questions = q.questions().stream()
                .filter(x -> x.type() != QuestionType.FACTOR_CHECK)
                .map(x -> builder.field(x, x.code(), q.questions()))
                .toList();
        List<FactorGroupForm> groups = q.groups().stream()
                .map(g -> new FactorGroupForm(
                        g.code(),
                        g.title().in(language),
                        q.questions().stream()
                                .filter(x -> x.type() == QuestionType.FACTOR_CHECK
                                        && g.code().equals(x.group()))
                                .map(builder::factor)
                                .toList()))
                .filter(g -> !g.factors().isEmpty())
                .toList();
        return new QuestionnaireForm(
                q.code(), q.title().in(language), q.intro().in(language), q.version(), questions, groups, byField);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** Every message with the field it belongs to, for the summary at the top of the form. */
    public List<Map.Entry<String, String>> errorList() {
        return errors.entrySet().stream()
                .map(e -> Map.entry(id(e.getKey()), e.getValue()))
                .toList();
    }

    static String id(String fieldName) {
        return "q-" + fieldName.replaceAll("[^A-Za-z0-9_-]", "-");
    }

    private record Builder(
            Questionnaire q,
            List<DraftView.ClauseView> clauses,
            Map<String, List<String>> values,
            Map<String, String> errors,
            Language language,
            BiFunction<String, Object[], String> messages) {

        FactorForm factor(Question factor) {
            List<Field> fields = q.factorFields().stream()
                    .map(f -> field(f, factor.code() + "." + f.code(), q.factorFields()))
                    .toList();
            return new FactorForm(
                    factor.code(),
                    messages.apply(
                            "survey.form.factor",
                            new Object[] {factor.code(), factor.title().in(language)}),
                    factor.text().in(language),
                    fields);
        }

        Field field(Question question, String name, List<Question> siblings) {
            String id = id(name);
            List<String> given = values.getOrDefault(name, List.of());
            List<Choice> choices = new ArrayList<>();
            String scaleEnds = null;
            switch (question.type()) {
                case YES_NO_PARTLY, SINGLE_CHOICE, MULTIPLE_CHOICE ->
                    question.options()
                            .forEach(o -> choices.add(new Choice(
                                    o.code(), o.label().in(language), id + "-" + o.code(), given.contains(o.code()))));
                case SCALE -> {
                    question.scale()
                            .values()
                            .forEach(point -> choices.add(new Choice(
                                    point.toString(),
                                    point.toString(),
                                    id + "-" + point,
                                    given.contains(point.toString()))));
                    scaleEnds = messages.apply("survey.form.scale-ends", new Object[] {
                        question.scale().min(),
                        question.scale().minLabel().in(language),
                        question.scale().max(),
                        question.scale().maxLabel().in(language)
                    });
                }
                case CLAUSE_REFERENCE ->
                    clauses.forEach(c -> choices.add(new Choice(
                            c.number(),
                            clauseLabel(c),
                            id + "-" + c.number().replaceAll("[^A-Za-z0-9_-]", "-"),
                            given.contains(c.number()))));
                default -> {}
            }
            String condition = null;
            if (question.conditional()
                    && !"present".equals(question.showIf().keySet().iterator().next())) {
                condition = question.showIf().entrySet().stream()
                        .map(c -> siblings.stream()
                                .filter(s -> s.code().equals(c.getKey()))
                                .findFirst()
                                .map(s -> messages.apply("survey.form.only-if", new Object[] {
                                    s.text().in(language),
                                    c.getValue().stream()
                                            .map(v -> s.option(v)
                                                    .map(o -> o.label().in(language))
                                                    .orElse(v))
                                            .collect(Collectors.joining(" / "))
                                }))
                                .orElse(""))
                        .collect(Collectors.joining(" "));
            }
            return new Field(
                    name,
                    id,
                    question.type().code(),
                    question.text().in(language),
                    question.required(),
                    condition,
                    choices,
                    given.isEmpty() ? "" : given.get(0),
                    question.maxLength(),
                    scaleEnds,
                    errors.get(name));
        }

        private String clauseLabel(DraftView.ClauseView c) {
            String words = c.officialHeading() != null && !c.officialHeading().isBlank()
                    ? c.officialHeading()
                    : c.officialText();
            String shortened = words == null ? "" : words.length() > 70 ? words.substring(0, 69) + "…" : words;
            return messages.apply("draft.clause-n", new Object[] {c.number()})
                    + (shortened.isBlank() ? "" : " — " + shortened);
        }
    }
}
