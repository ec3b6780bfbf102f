package uz.muhokama.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What one answer set adds to the counts: one key per value given, one for the answer set itself, and,
 * where a question can take several values or free text, one saying the question was answered at all.
 * A factor's fields count under {@code F05.present}, {@code F05.clauses} and so on. Clauses count by
 * their stable key, so a clause renumbered in a later version of the draft keeps its count.
 */
final class TallyKeys {

    /** The key counting answer sets. */
    static final Key RESPONDENTS = new Key("", "");
    /** The value of the key that counts the answer sets answering one question. */
    static final String ANSWERED = "";

    private TallyKeys() {}

    /** One counted thing: a question (or factor field) and a value of it. */
    record Key(String question, String value) implements Comparable<Key> {
        @Override
        public int compareTo(Key other) {
            int byQuestion = question.compareTo(other.question);
            return byQuestion != 0 ? byQuestion : value.compareTo(other.value);
        }
    }

    static List<Key> of(Map<String, AnswerValue> answers) {
        List<Key> keys = new ArrayList<>();
        keys.add(RESPONDENTS);
        answers.forEach((code, value) -> add(code, value, keys));
        return keys;
    }

    private static void add(String question, AnswerValue value, List<Key> keys) {
        if (value instanceof AnswerValue.Choice c) {
            keys.add(new Key(question, c.code()));
        } else if (value instanceof AnswerValue.Choices c) {
            keys.add(new Key(question, ANSWERED));
            c.codes().forEach(code -> keys.add(new Key(question, code)));
        } else if (value instanceof AnswerValue.ScaleValue s) {
            keys.add(new Key(question, Integer.toString(s.value())));
        } else if (value instanceof AnswerValue.Text) {
            keys.add(new Key(question, ANSWERED));
        } else if (value instanceof AnswerValue.Clauses c) {
            keys.add(new Key(question, ANSWERED));
            c.clauses().forEach(clause -> keys.add(new Key(question, clause.key())));
        } else if (value instanceof AnswerValue.Factor f) {
            f.fields().forEach((field, v) -> add(question + "." + field, v, keys));
        }
    }
}
