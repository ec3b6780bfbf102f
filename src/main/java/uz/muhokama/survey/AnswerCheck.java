package uz.muhokama.survey;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import uz.muhokama.platform.error.FieldError;
import uz.muhokama.platform.error.InvalidInput;
import uz.muhokama.platform.error.TextRules;

/**
 * Checks an answer set against the questionnaire version it is given to, question by question, in the
 * questionnaire's order: unknown questions, wrong types, options not offered, clauses not in the draft,
 * text over the limit, missing required answers. A question hidden by its condition is skipped: neither
 * required nor kept, whatever was sent for it. Every problem is reported at once, each on its field
 * ({@code answers.compliance}, {@code answers.F05.clauses}); nothing is accepted unless all is well.
 *
 * <p>Values come as JSON gives them: strings, numbers, lists, objects (pages convert their fields first).
 */
final class AnswerCheck {

    private final Questionnaire questionnaire;
    private final Function<String, Optional<AnswerValue.ClauseRef>> clauses;
    private final List<FieldError> problems = new ArrayList<>();

    private AnswerCheck(Questionnaire questionnaire, Function<String, Optional<AnswerValue.ClauseRef>> clauses) {
        this.questionnaire = questionnaire;
        this.clauses = clauses;
    }

    /**
     * The accepted answers in the questionnaire's order, unanswered questions left out.
     *
     * @param clauses finds a clause of the draft by the number the respondent gave (empty: no such clause)
     */
    static Map<String, AnswerValue> check(
            Questionnaire questionnaire,
            Map<String, Object> raw,
            Function<String, Optional<AnswerValue.ClauseRef>> clauses) {
        AnswerCheck check = new AnswerCheck(questionnaire, clauses);
        Map<String, AnswerValue> accepted =
                check.questions(questionnaire.questions(), raw == null ? Map.of() : raw, "answers.");
        if (!check.problems.isEmpty()) {
            throw new InvalidInput(check.problems);
        }
        return accepted;
    }

    private Map<String, AnswerValue> questions(List<Question> questions, Map<String, Object> raw, String path) {
        Set<String> known = new LinkedHashSet<>();
        questions.forEach(q -> known.add(q.code()));
        raw.keySet().stream()
                .filter(k -> !known.contains(k))
                .sorted()
                .forEach(k -> problems.add(new FieldError(path + k, "survey.answer.unknown-question")));
        Map<String, AnswerValue> accepted = new LinkedHashMap<>();
        for (Question question : questions) {
            if (!question.shownGiven(accepted)) {
                continue;
            }
            String field = path + question.code();
            AnswerValue value = value(question, raw.get(question.code()), field);
            if (value != null) {
                accepted.put(question.code(), value);
            } else if (question.required()
                    && !problems.stream().anyMatch(p -> p.field().equals(field))) {
                problems.add(new FieldError(field, "survey.answer.required"));
            }
        }
        return accepted;
    }

    /** The accepted value, or null when unanswered or refused (a refusal is recorded). */
    private AnswerValue value(Question question, Object raw, String field) {
        if (question.type() == QuestionType.FACTOR_CHECK) {
            // Every factor is checked, answered or not: its "present" field is required.
            if (raw != null && !(raw instanceof Map<?, ?>)) {
                return wrongType(question, field);
            }
            Map<String, Object> fields = raw == null ? Map.of() : stringKeys((Map<?, ?>) raw);
            Map<String, AnswerValue> accepted = questions(questionnaire.factorFields(), fields, field + ".");
            return accepted.isEmpty() ? null : new AnswerValue.Factor(accepted);
        }
        if (raw == null || raw instanceof String s && s.isBlank() || raw instanceof List<?> l && l.isEmpty()) {
            return null;
        }
        return switch (question.type()) {
            case YES_NO_PARTLY, SINGLE_CHOICE -> {
                if (!(raw instanceof String code)) {
                    yield wrongType(question, field);
                }
                yield offered(question, code.trim(), field) ? new AnswerValue.Choice(code.trim()) : null;
            }
            case MULTIPLE_CHOICE -> {
                List<String> codes = strings(raw);
                if (codes == null) {
                    yield wrongType(question, field);
                }
                boolean allOffered = true;
                for (String code : codes) {
                    allOffered &= offered(question, code, field);
                }
                // Kept in the order the question offers them, each once.
                yield allOffered
                        ? new AnswerValue.Choices(question.options().stream()
                                .map(Question.Option::code)
                                .filter(codes::contains)
                                .toList())
                        : null;
            }
            case SCALE -> {
                Integer number = wholeNumber(raw);
                if (number == null) {
                    yield wrongType(question, field);
                }
                if (number < question.scale().min() || number > question.scale().max()) {
                    problems.add(new FieldError(
                            field,
                            "survey.answer.out-of-range",
                            question.scale().min(),
                            question.scale().max()));
                    yield null;
                }
                yield new AnswerValue.ScaleValue(number);
            }
            case FREE_TEXT -> {
                if (!(raw instanceof String text)) {
                    yield wrongType(question, field);
                }
                var broken = TextRules.problem(text);
                if (broken.isPresent()) {
                    problems.add(new FieldError(field, broken.get()));
                    yield null;
                }
                String cleaned = cleanText(text);
                if (cleaned.length() > question.maxLength()) {
                    problems.add(new FieldError(field, "survey.answer.too-long", question.maxLength()));
                    yield null;
                }
                yield cleaned.isEmpty() ? null : new AnswerValue.Text(cleaned);
            }
            case CLAUSE_REFERENCE -> {
                List<String> numbers = raw instanceof String one && !question.multiple() ? List.of(one) : strings(raw);
                if (numbers == null) {
                    yield wrongType(question, field);
                }
                Map<String, AnswerValue.ClauseRef> named = new LinkedHashMap<>();
                for (String number : numbers) {
                    Optional<AnswerValue.ClauseRef> clause = clauses.apply(number.trim());
                    if (clause.isEmpty()) {
                        problems.add(new FieldError(field, "survey.answer.unknown-clause", number.trim()));
                    } else {
                        named.putIfAbsent(clause.get().key(), clause.get());
                    }
                }
                yield named.size()
                                        == numbers.stream()
                                                .map(String::trim)
                                                .distinct()
                                                .count()
                                && !named.isEmpty()
                        ? new AnswerValue.Clauses(List.copyOf(named.values()))
                        : null;
            }
            case FACTOR_CHECK -> throw new IllegalStateException("handled above");
        };
    }

    private boolean offered(Question question, String code, String field) {
        if (question.option(code).isPresent()) {
            return true;
        }
        problems.add(new FieldError(field, "survey.answer.unknown-option", code));
        return false;
    }

    private AnswerValue wrongType(Question question, String field) {
        problems.add(new FieldError(
                field, "survey.answer.wrong-type." + question.type().code().replace('_', '-')));
        return null;
    }

    /** Plain text: line breaks kept, other control characters dropped, outer blanks trimmed. */
    /** Line breaks made one kind and the ends trimmed; other control characters were refused before (TextRules), never dropped. */
    static String cleanText(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    private static List<String> strings(Object raw) {
        if (!(raw instanceof List<?> list) || list.stream().anyMatch(v -> !(v instanceof String))) {
            return null;
        }
        return list.stream()
                .map(v -> ((String) v).trim())
                .filter(v -> !v.isEmpty())
                .toList();
    }

    private static Integer wholeNumber(Object raw) {
        if (raw instanceof Integer i) {
            return i;
        }
        if (raw instanceof Long l && l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) {
            return l.intValue();
        }
        if (raw instanceof BigDecimal d) {
            try {
                return d.intValueExact();
            } catch (ArithmeticException notWhole) {
                return null;
            }
        }
        return null;
    }

    private static Map<String, Object> stringKeys(Map<?, ?> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(String.valueOf(k), v));
        return copy;
    }
}
