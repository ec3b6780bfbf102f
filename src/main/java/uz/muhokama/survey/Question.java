package uz.muhokama.survey;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * One question of a questionnaire version. {@code showIf} names earlier questions (or, for a factor's
 * fields, sibling fields) and the option codes that make this one shown; a hidden question is neither
 * required nor stored. A factor check carries the factor's name in {@code title} and its group.
 */
public record Question(
        String code,
        QuestionType type,
        boolean required,
        Wording text,
        List<Option> options,
        Map<String, List<String>> showIf,
        Scale scale,
        boolean multiple,
        String group,
        Wording title,
        int maxLength) {

    /** Free text is at most this long unless the questionnaire says otherwise. */
    public static final int DEFAULT_MAX_LENGTH = 2000;

    public Question {
        options = options == null ? List.of() : List.copyOf(options);
        showIf = showIf == null ? Map.of() : Map.copyOf(showIf);
        title = title == null ? Wording.NONE : title;
        maxLength = maxLength <= 0 ? DEFAULT_MAX_LENGTH : maxLength;
    }

    public Optional<Option> option(String optionCode) {
        return options.stream().filter(o -> o.code().equals(optionCode)).findFirst();
    }

    public boolean factorCheck() {
        return type == QuestionType.FACTOR_CHECK;
    }

    public boolean conditional() {
        return !showIf.isEmpty();
    }

    /** Whether the question is shown, given the choices already made on the questions it depends on. */
    boolean shownGiven(Map<String, AnswerValue> earlier) {
        for (Map.Entry<String, List<String>> condition : showIf.entrySet()) {
            AnswerValue value = earlier.get(condition.getKey());
            if (!(value instanceof AnswerValue.Choice choice)
                    || !condition.getValue().contains(choice.code())) {
                return false;
            }
        }
        return true;
    }

    /** An offered answer: a stable code and its label. */
    public record Option(String code, Wording label) {}

    /** The range of a scale question and what its two ends mean. */
    public record Scale(int min, int max, Wording minLabel, Wording maxLabel) {

        public List<Integer> values() {
            return IntStream.rangeClosed(min, max).boxed().toList();
        }
    }
}
