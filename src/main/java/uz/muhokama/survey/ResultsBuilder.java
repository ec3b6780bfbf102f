package uz.muhokama.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.IntFunction;
import uz.muhokama.platform.i18n.Language;

/**
 * Turns the kept counts into results, version by version, each in the wording of its own version.
 * Works on the counts alone: it never reads an answer set.
 */
final class ResultsBuilder {

    /** The clause that has no number any more: removed from the draft after it was named. */
    static final String REMOVED_CLAUSE = "–";

    private final Map<SurveyTallyRepository.Counted, Long> counts;
    private final Function<String, Optional<String>> clauseNumber;
    private final Language language;

    private ResultsBuilder(
            Map<SurveyTallyRepository.Counted, Long> counts,
            Function<String, Optional<String>> clauseNumber,
            Language language) {
        this.counts = counts;
        this.clauseNumber = clauseNumber;
        this.language = language;
    }

    /**
     * @param versions    the questionnaire as published in a given version
     * @param clauseNumber the current number of a clause known by its key (empty: removed since)
     */
    static List<SurveyResults.VersionResults> build(
            Map<SurveyTallyRepository.Counted, Long> counts,
            IntFunction<Questionnaire> versions,
            Function<String, Optional<String>> clauseNumber,
            Language language) {
        ResultsBuilder builder = new ResultsBuilder(counts, clauseNumber, language);
        TreeSet<Integer> answered = new TreeSet<>(Comparator.reverseOrder());
        counts.forEach((counted, n) -> {
            if (counted.key().equals(TallyKeys.RESPONDENTS) && n > 0) {
                answered.add(counted.version());
            }
        });
        List<SurveyResults.VersionResults> results = new ArrayList<>();
        for (int version : answered) {
            results.add(builder.version(versions.apply(version)));
        }
        return results;
    }

    static long respondents(List<SurveyResults.VersionResults> versions) {
        return versions.stream()
                .mapToLong(SurveyResults.VersionResults::respondents)
                .sum();
    }

    private SurveyResults.VersionResults version(Questionnaire q) {
        long respondents = count(q.version(), TallyKeys.RESPONDENTS.question(), TallyKeys.RESPONDENTS.value());
        List<SurveyResults.QuestionResults> questions = new ArrayList<>();
        Map<String, Long> namedClauses = new LinkedHashMap<>();
        for (Question question : q.questions()) {
            SurveyResults.QuestionResults result = question(q, question);
            questions.add(result);
            if (result.isClauses()) {
                result.clauses().forEach(c -> namedClauses.merge(c.number(), c.count(), Long::sum));
            }
        }
        long mentions =
                namedClauses.values().stream().mapToLong(Long::longValue).sum();
        List<SurveyResults.ClauseCount> mostNamed = namedClauses.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey(SurveyResults::byClauseNumber)))
                .map(e -> new SurveyResults.ClauseCount(e.getKey(), e.getValue(), share(e.getValue(), mentions)))
                .toList();
        return new SurveyResults.VersionResults(q.version(), respondents, questions, mostNamed);
    }

    private SurveyResults.QuestionResults question(Questionnaire q, Question question) {
        int v = q.version();
        String code = question.code();
        String type = question.type().code();
        String text = question.text().in(language);
        return switch (question.type()) {
            case YES_NO_PARTLY, SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                long answered = question.type() == QuestionType.MULTIPLE_CHOICE
                        ? count(v, code, TallyKeys.ANSWERED)
                        : question.options().stream()
                                .mapToLong(o -> count(v, code, o.code()))
                                .sum();
                yield new SurveyResults.QuestionResults(
                        code,
                        type,
                        text,
                        null,
                        null,
                        answered,
                        null,
                        question.options().stream()
                                .map(o -> {
                                    long n = count(v, code, o.code());
                                    return new SurveyResults.OptionCount(
                                            o.code(), o.label().in(language), n, share(n, answered));
                                })
                                .toList(),
                        null,
                        null,
                        null);
            }
            case SCALE -> {
                long answered = 0;
                long sum = 0;
                for (int point : question.scale().values()) {
                    long n = count(v, code, Integer.toString(point));
                    answered += n;
                    sum += n * point;
                }
                long total = answered;
                Double mean = answered == 0
                        ? null
                        : BigDecimal.valueOf(sum)
                                .divide(BigDecimal.valueOf(answered), 2, RoundingMode.HALF_UP)
                                .doubleValue();
                yield new SurveyResults.QuestionResults(
                        code,
                        type,
                        text,
                        null,
                        null,
                        answered,
                        null,
                        null,
                        question.scale().values().stream()
                                .map(point -> {
                                    long n = count(v, code, Integer.toString(point));
                                    return new SurveyResults.ScalePoint(point, n, share(n, total));
                                })
                                .toList(),
                        mean,
                        null);
            }
            case FREE_TEXT ->
                new SurveyResults.QuestionResults(
                        code, type, text, null, null, count(v, code, TallyKeys.ANSWERED), null, null, null, null, null);
            case CLAUSE_REFERENCE -> {
                long answered = count(v, code, TallyKeys.ANSWERED);
                yield new SurveyResults.QuestionResults(
                        code, type, text, null, null, answered, null, null, null, null, clauses(v, code, answered));
            }
            case FACTOR_CHECK -> {
                String present = code + ".present";
                long yes = count(v, present, "yes");
                long answered = q.factorField("present")
                        .map(f -> f.options().stream()
                                .mapToLong(o -> count(v, present, o.code()))
                                .sum())
                        .orElse(yes);
                yield new SurveyResults.QuestionResults(
                        code,
                        type,
                        text,
                        question.group(),
                        question.title().in(language),
                        answered,
                        yes,
                        null,
                        null,
                        null,
                        clauses(v, code + ".clauses", yes));
            }
        };
    }

    /** The clauses named in answers to one question, most named first. */
    private List<SurveyResults.ClauseCount> clauses(int version, String question, long answered) {
        Map<String, Long> byNumber = new HashMap<>();
        counts.forEach((counted, n) -> {
            if (counted.version() == version
                    && counted.key().question().equals(question)
                    && !counted.key().value().equals(TallyKeys.ANSWERED)
                    && n > 0) {
                byNumber.merge(clauseNumber.apply(counted.key().value()).orElse(REMOVED_CLAUSE), n, Long::sum);
            }
        });
        return byNumber.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey(SurveyResults::byClauseNumber)))
                .map(e -> new SurveyResults.ClauseCount(e.getKey(), e.getValue(), share(e.getValue(), answered)))
                .toList();
    }

    private long count(int version, String question, String value) {
        Long n = counts.get(new SurveyTallyRepository.Counted(version, new TallyKeys.Key(question, value)));
        return n == null ? 0 : n;
    }

    static double share(long n, long of) {
        return of == 0
                ? 0
                : BigDecimal.valueOf(n)
                        .divide(BigDecimal.valueOf(of), 4, RoundingMode.HALF_UP)
                        .doubleValue();
    }
}
