package uz.muhokama.survey;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.json.bind.annotation.JsonbTransient;
import java.util.List;
import java.util.Locale;
import uz.muhokama.discussion.DiscussionStatus;
import uz.muhokama.platform.web.Paged;

/**
 * What a questionnaire's answers add up to, about one draft or the portal: per version (each in the
 * wording it was asked in) the number of answer sets, and per question the counts and shares of each
 * option, a scale's distribution and mean, the clauses named, a factor's presence and its clauses (the
 * rows of the expertise's factor × clause matrix). For the expertise, a page of the experts' own
 * answers follows. Shares are of the answer sets that answered the question, rounded to four places.
 */
@JsonbPropertyOrder({"questionnaire", "title", "draft", "status", "respondents", "versions", "answers"})
public record SurveyResults(
        String questionnaire,
        String title,
        String draft,
        DiscussionStatus status,
        long respondents,
        List<VersionResults> versions,
        AnswerPage answers)
        implements Paged {

    /** The cursor of the answer sets' next page ({@code answers.next} in the body), for the Link header. */
    @Override
    @JsonbTransient
    public String next() {
        return answers == null ? null : answers.next();
    }

    /** The results of the answer sets given to one version. */
    @JsonbPropertyOrder({"version", "respondents", "questions", "mostNamedClauses"})
    public record VersionResults(
            int version, long respondents, List<QuestionResults> questions, List<ClauseCount> mostNamedClauses) {

        /** The factor checks of this version, the rows of the factor × clause matrix. */
        public List<QuestionResults> factors() {
            return questions.stream().filter(QuestionResults::isFactor).toList();
        }

        /** The clauses that appear in the matrix, in the draft's order. */
        public List<String> matrixClauses() {
            return factors().stream()
                    .flatMap(f -> f.clauses().stream())
                    .map(ClauseCount::number)
                    .distinct()
                    .sorted(SurveyResults::byClauseNumber)
                    .toList();
        }

        public List<QuestionResults> others() {
            return questions.stream().filter(q -> !q.isFactor()).toList();
        }
    }

    /** One question's results; only the parts that fit its type are present. */
    @JsonbPropertyOrder({
        "code",
        "type",
        "text",
        "group",
        "factor",
        "answered",
        "present",
        "options",
        "distribution",
        "mean",
        "clauses"
    })
    public record QuestionResults(
            String code,
            String type,
            String text,
            String group,
            String factor,
            long answered,
            Long present,
            List<OptionCount> options,
            List<ScalePoint> distribution,
            Double mean,
            List<ClauseCount> clauses) {

        @JsonbTransient
        public boolean isFactor() {
            return QuestionType.FACTOR_CHECK.code().equals(type);
        }

        @JsonbTransient
        public boolean isScale() {
            return QuestionType.SCALE.code().equals(type);
        }

        @JsonbTransient
        public boolean isClauses() {
            return QuestionType.CLAUSE_REFERENCE.code().equals(type);
        }

        @JsonbTransient
        public boolean isText() {
            return QuestionType.FREE_TEXT.code().equals(type);
        }

        /** How many experts named the factor in a clause (0 when none did): a cell of the matrix. */
        public long inClause(String number) {
            return clauses == null
                    ? 0
                    : clauses.stream()
                            .filter(c -> c.number().equals(number))
                            .mapToLong(ClauseCount::count)
                            .sum();
        }

        /** The mean, written with one decimal for pages. */
        public String meanText() {
            return mean == null ? "" : String.format(Locale.ROOT, "%.1f", mean);
        }
    }

    @JsonbPropertyOrder({"code", "label", "count", "share"})
    public record OptionCount(String code, String label, long count, double share) {
        public int percent() {
            return (int) Math.round(share * 100);
        }
    }

    @JsonbPropertyOrder({"value", "count", "share"})
    public record ScalePoint(int value, long count, double share) {
        public int percent() {
            return (int) Math.round(share * 100);
        }
    }

    /** A clause by its number in the draft's current version ("–" for a clause since removed). */
    @JsonbPropertyOrder({"number", "count", "share"})
    public record ClauseCount(String number, long count, double share) {
        public int percent() {
            return (int) Math.round(share * 100);
        }
    }

    /** A page of answer sets, oldest first; {@code next} is the cursor of the next page (keyset: the id), null on the last. */
    @JsonbPropertyOrder({"page", "size", "total", "items", "next"})
    public record AnswerPage(int page, int size, long total, List<AnswerSetView> items, String next) {

        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    /** Clause numbers as readers expect them ordered: 2 before 10, 3a after 3. */
    static int byClauseNumber(String a, String b) {
        String[] pa = a.split("(?<=\\d)(?=\\D)", 2);
        String[] pb = b.split("(?<=\\d)(?=\\D)", 2);
        try {
            int byNumber = Long.compare(Long.parseLong(pa[0]), Long.parseLong(pb[0]));
            if (byNumber != 0) {
                return byNumber;
            }
        } catch (NumberFormatException notNumbers) {
            // fall through to plain text order
        }
        return a.compareTo(b);
    }
}
