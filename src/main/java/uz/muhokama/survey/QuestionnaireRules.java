package uz.muhokama.survey;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import uz.muhokama.platform.error.FieldError;

/**
 * The rules a questionnaire definition must keep before it is published, whether it was uploaded,
 * shipped or edited in the portal: codes that are valid and unique, every text in uz, ru and en (Cyrillic optional),
 * options for choices, scales of a sensible size, conditions only on earlier single-choice questions.
 * Problems are reported per place in the document, as {@code questions[3].options}.
 */
final class QuestionnaireRules {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    static final int MAX_TEXT_LIMIT = 10_000;
    static final int MAX_SCALE_POINTS = 11;

    private QuestionnaireRules() {}

    /** What is wrong with a definition, place by place; empty when it may be published. */
    static List<FieldError> problemsOf(Questionnaire q) {
        List<FieldError> problems = new ArrayList<>();
        if (q.code() == null || !CODE.matcher(q.code()).matches()) {
            problems.add(new FieldError("code", "survey.definition.code-invalid"));
        }
        if (!q.title().complete()) {
            problems.add(new FieldError("title", "survey.definition.wording-incomplete"));
        }
        Set<String> groupCodes = new HashSet<>();
        for (int i = 0; i < q.groups().size(); i++) {
            Questionnaire.FactorGroup g = q.groups().get(i);
            if (g.code() == null || !CODE.matcher(g.code()).matches() || !groupCodes.add(g.code())) {
                problems.add(new FieldError("groups[" + i + "].code", "survey.definition.code-invalid"));
            }
            if (!g.title().complete()) {
                problems.add(new FieldError("groups[" + i + "].title", "survey.definition.wording-incomplete"));
            }
        }
        checkQuestions(q.factorFields(), "factorFields", groupCodes, false, problems);
        boolean hasFactors = q.questions().stream().anyMatch(x -> x.type() == QuestionType.FACTOR_CHECK);
        if (hasFactors) {
            boolean presentField = q.factorField("present")
                    .filter(f -> f.type().isSingleChoice() && f.option("yes").isPresent())
                    .isPresent();
            if (!presentField) {
                problems.add(new FieldError("factorFields", "survey.definition.factor-fields-needed"));
            }
        }
        if (q.questions().isEmpty()) {
            problems.add(new FieldError("questions", "survey.definition.no-questions"));
        }
        checkQuestions(q.questions(), "questions", groupCodes, true, problems);
        return problems;
    }

    private static void checkQuestions(
            List<Question> questions,
            String name,
            Set<String> groupCodes,
            boolean topLevel,
            List<FieldError> problems) {
        Map<String, Question> earlier = new LinkedHashMap<>();
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            String path = name + "[" + i + "]";
            if (q.code() == null || !CODE.matcher(q.code()).matches()) {
                problems.add(new FieldError(path + ".code", "survey.definition.code-invalid"));
            } else if (earlier.containsKey(q.code())) {
                problems.add(new FieldError(path + ".code", "survey.definition.code-duplicate", q.code()));
            }
            if (!q.text().complete()) {
                problems.add(new FieldError(path + ".text", "survey.definition.wording-incomplete"));
            }
            if (q.type() == QuestionType.FACTOR_CHECK && !topLevel) {
                problems.add(new FieldError(path + ".type", "survey.definition.type-unknown"));
            }
            if (q.type() == QuestionType.FACTOR_CHECK && (!q.title().complete() || !groupCodes.contains(q.group()))) {
                problems.add(new FieldError(
                        path + (q.title().complete() ? ".group" : ".title"),
                        q.title().complete()
                                ? "survey.definition.group-unknown"
                                : "survey.definition.wording-incomplete"));
            }
            checkOptions(q, path, problems);
            if (q.type() == QuestionType.SCALE) {
                Question.Scale s = q.scale();
                if (s == null || s.min() >= s.max() || s.max() - s.min() + 1 > MAX_SCALE_POINTS) {
                    problems.add(new FieldError(path + ".scale", "survey.definition.scale-invalid", MAX_SCALE_POINTS));
                } else if (!s.minLabel().complete() || !s.maxLabel().complete()) {
                    problems.add(new FieldError(path + ".scale", "survey.definition.wording-incomplete"));
                }
            }
            if (q.maxLength() > MAX_TEXT_LIMIT) {
                problems.add(
                        new FieldError(path + ".maxLength", "survey.definition.max-length-invalid", MAX_TEXT_LIMIT));
            }
            q.showIf().forEach((on, values) -> {
                Question controlling = earlier.get(on);
                if (controlling == null
                        || !controlling.type().isSingleChoice()
                        || values.isEmpty()
                        || values.stream().anyMatch(v -> controlling.option(v).isEmpty())) {
                    problems.add(new FieldError(path + ".showIf", "survey.definition.condition-invalid", on));
                }
            });
            if (q.code() != null) {
                earlier.putIfAbsent(q.code(), q);
            }
        }
    }

    private static void checkOptions(Question q, String path, List<FieldError> problems) {
        if (!q.type().hasOptions()) {
            if (!q.options().isEmpty()) {
                problems.add(new FieldError(path + ".options", "survey.definition.options-unexpected"));
            }
            return;
        }
        if (q.options().size() < 2) {
            problems.add(new FieldError(path + ".options", "survey.definition.options-needed"));
        }
        Set<String> codes = new HashSet<>();
        for (int j = 0; j < q.options().size(); j++) {
            Question.Option option = q.options().get(j);
            if (option.code() == null || !CODE.matcher(option.code()).matches() || !codes.add(option.code())) {
                problems.add(new FieldError(path + ".options[" + j + "].code", "survey.definition.code-invalid"));
            }
            if (!option.label().complete()) {
                problems.add(
                        new FieldError(path + ".options[" + j + "].label", "survey.definition.wording-incomplete"));
            }
        }
    }
}
