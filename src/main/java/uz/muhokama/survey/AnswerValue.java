package uz.muhokama.survey;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One accepted answer to one question, checked against the questionnaire version it was given to. */
public sealed interface AnswerValue {

    /** A yes/partly/no answer or one chosen option. */
    record Choice(String code) implements AnswerValue {}

    /** Several chosen options, in the order the question offers them. */
    record Choices(List<String> codes) implements AnswerValue {
        public Choices {
            codes = List.copyOf(codes);
        }
    }

    /** A point on a scale. */
    record ScaleValue(int value) implements AnswerValue {}

    /** Plain text, control characters removed (pages escape it). */
    record Text(String text) implements AnswerValue {}

    /** Clauses of the draft, by the number the respondent saw and the clause's stable key. */
    record Clauses(List<ClauseRef> clauses) implements AnswerValue {
        public Clauses {
            clauses = List.copyOf(clauses);
        }
    }

    /** A factor check: its fields (present, clauses, explanation, recommendation) answered like questions. */
    record Factor(Map<String, AnswerValue> fields) implements AnswerValue {
        public Factor {
            fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }

        public boolean present() {
            return fields.get("present") instanceof Choice c && "yes".equals(c.code());
        }
    }

    /** A clause as named in an answer: its number in the version shown, and its key across versions. */
    record ClauseRef(String number, String key) {}
}
