package uz.muhokama.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uz.muhokama.platform.i18n.Language;

/** Answers said in words, in the wording of the version they were given to: for pages and exports. */
final class AnswerText {

    private AnswerText() {}

    /** One answered question as a page lists it; a factor check lists its fields and says whether it was found. */
    public record Shown(String code, String question, String answer, List<Shown> fields, boolean factorFound) {

        public boolean isFactor() {
            return !fields.isEmpty();
        }
    }

    public static List<Shown> shown(Questionnaire q, Map<String, AnswerValue> answers, Language language) {
        List<Shown> shown = new ArrayList<>();
        for (Question question : q.questions()) {
            AnswerValue value = answers.get(question.code());
            if (value == null) {
                continue;
            }
            if (value instanceof AnswerValue.Factor factor) {
                List<Shown> fields = new ArrayList<>();
                q.factorFields().forEach(field -> {
                    AnswerValue v = factor.fields().get(field.code());
                    if (v != null) {
                        fields.add(new Shown(
                                field.code(), field.text().in(language), text(field, v, language), List.of(), false));
                    }
                });
                shown.add(new Shown(question.code(), question.title().in(language), null, fields, factor.present()));
            } else {
                shown.add(new Shown(
                        question.code(),
                        question.text().in(language),
                        text(question, value, language),
                        List.of(),
                        false));
            }
        }
        return shown;
    }

    /** One answer as one line of text: option labels, numbers, clause numbers, a factor's fields. */
    public static String of(Questionnaire q, String code, AnswerValue value, Language language) {
        return q.question(code)
                .map(question -> {
                    if (value instanceof AnswerValue.Factor factor) {
                        return q.factorFields().stream()
                                .filter(f -> factor.fields().containsKey(f.code()))
                                .map(f -> f.text().in(language) + " "
                                        + text(f, factor.fields().get(f.code()), language))
                                .collect(Collectors.joining("\n"));
                    }
                    return text(question, value, language);
                })
                .orElse("");
    }

    private static String text(Question question, AnswerValue value, Language language) {
        if (value instanceof AnswerValue.Choice c) {
            return label(question, c.code(), language);
        }
        if (value instanceof AnswerValue.Choices c) {
            return c.codes().stream()
                    .map(code -> label(question, code, language))
                    .collect(Collectors.joining("; "));
        }
        if (value instanceof AnswerValue.ScaleValue s) {
            return Integer.toString(s.value());
        }
        if (value instanceof AnswerValue.Text t) {
            return t.text();
        }
        if (value instanceof AnswerValue.Clauses c) {
            return c.clauses().stream().map(AnswerValue.ClauseRef::number).collect(Collectors.joining(", "));
        }
        return "";
    }

    private static String label(Question question, String code, Language language) {
        return question.option(code).map(o -> o.label().in(language)).orElse(code);
    }
}
