package uz.muhokama.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import uz.muhokama.platform.i18n.Language;

/** Results are made from the counts alone: shares, a scale's mean, the clauses named, the factor matrix. */
class ResultsBuilderTest {

    private static final List<Questionnaire> SHIPPED = ShippedQuestionnaires.load();
    private static final Function<String, Optional<AnswerValue.ClauseRef>> CLAUSES =
            n -> n.matches("[1-9]") ? Optional.of(new AnswerValue.ClauseRef(n, "k" + n)) : Optional.empty();

    private static Questionnaire shipped(String code) {
        return SHIPPED.stream().filter(q -> q.code().equals(code)).findFirst().orElseThrow();
    }

    private static void count(
            Map<SurveyTallyRepository.Counted, Long> counts, Questionnaire q, Map<String, Object> raw) {
        TallyKeys.of(AnswerCheck.check(q, raw, CLAUSES))
                .forEach(key -> counts.merge(new SurveyTallyRepository.Counted(q.version(), key), 1L, Long::sum));
    }

    private static Map<String, Object> general(String compliance, List<String> clauses, int clarity) {
        Map<String, Object> raw = new HashMap<>(Map.of(
                "compliance", compliance, "referenceNorms", "no", "contradictingNorms", "no", "clarity", clarity));
        if (clauses != null) {
            raw.put("compliance.clauses", clauses);
        }
        return raw;
    }

    @Test
    void sharesMeansAndTheMostNamedClausesOfTheGeneralSurvey() {
        Questionnaire general = shipped(Questionnaire.GENERAL_SURVEY);
        Map<SurveyTallyRepository.Counted, Long> counts = new HashMap<>();
        count(counts, general, general("yes", null, 5));
        count(counts, general, general("no", List.of("2", "3"), 2));
        count(counts, general, general("partly", List.of("2"), 4));
        count(counts, general, general("yes", null, 4));

        List<SurveyResults.VersionResults> results =
                ResultsBuilder.build(counts, v -> general, key -> Optional.of(key.substring(1)), Language.EN);
        assertEquals(1, results.size());
        SurveyResults.VersionResults v1 = results.get(0);
        assertEquals(4, v1.respondents());
        SurveyResults.QuestionResults compliance = v1.questions().get(0);
        assertEquals(4, compliance.answered());
        assertEquals(
                List.of("Yes 2 0.5", "Partly 1 0.25", "No 1 0.25"),
                compliance.options().stream()
                        .map(o -> o.label() + " " + o.count() + " " + o.share())
                        .toList());
        SurveyResults.QuestionResults clarity = v1.questions().stream()
                .filter(q -> q.code().equals("clarity"))
                .findFirst()
                .orElseThrow();
        assertEquals(3.75, clarity.mean());
        assertEquals(
                List.of(0L, 1L, 0L, 2L, 1L),
                clarity.distribution().stream()
                        .map(SurveyResults.ScalePoint::count)
                        .toList());
        assertEquals(
                List.of("2:2", "3:1"),
                v1.mostNamedClauses().stream()
                        .map(c -> c.number() + ":" + c.count())
                        .toList());
        SurveyResults.QuestionResults unanswered = v1.questions().stream()
                .filter(q -> q.code().equals("necessity"))
                .findFirst()
                .orElseThrow();
        assertEquals(0, unanswered.answered());
        assertEquals(0.0, unanswered.options().get(0).share());
        assertNull(unanswered.mean());
    }

    @Test
    void theFactorMatrixCountsExpertsPerFactorAndClause() {
        Questionnaire expertise = shipped(Questionnaire.EXPERTISE);
        Map<SurveyTallyRepository.Counted, Long> counts = new HashMap<>();
        for (List<String> clauses : List.of(List.of("4"), List.of("4", "2"), List.<String>of())) {
            Map<String, Object> raw = new HashMap<>();
            for (int i = 1; i <= 22; i++) {
                raw.put("F%02d".formatted(i), Map.of("present", "no"));
            }
            if (!clauses.isEmpty()) {
                raw.put("F05", Map.of("present", "yes", "clauses", clauses, "explanation", "x"));
            }
            raw.put("conclusion", clauses.isEmpty() ? "none" : "fixable");
            raw.put("expertStatus", "ngo");
            count(counts, expertise, raw);
        }
        SurveyResults.VersionResults v1 = ResultsBuilder.build(
                        counts, v -> expertise, key -> Optional.of(key.substring(1)), Language.UZ)
                .get(0);
        SurveyResults.QuestionResults f05 = v1.factors().get(4);
        assertEquals("F05", f05.code());
        assertEquals(3, f05.answered());
        assertEquals(2L, f05.present());
        assertEquals(2, f05.inClause("4"));
        assertEquals(1, f05.inClause("2"));
        assertEquals(0, f05.inClause("3"));
        assertEquals(List.of("2", "4"), v1.matrixClauses());
        assertEquals(0L, v1.factors().get(0).present());
    }

    @Test
    void eachVersionIsShownInItsOwnWordingNewestFirst() {
        Questionnaire v1 = shipped(Questionnaire.GENERAL_SURVEY);
        Questionnaire v2 = v1.asVersion(2);
        Map<SurveyTallyRepository.Counted, Long> counts = new HashMap<>();
        count(counts, v1, general("yes", null, 3));
        count(counts, v2, general("no", null, 1));
        count(counts, v2, general("no", null, 1));
        List<SurveyResults.VersionResults> results =
                ResultsBuilder.build(counts, v -> v == 1 ? v1 : v2, Optional::of, Language.RU);
        assertEquals(
                List.of(2, 1),
                results.stream().map(SurveyResults.VersionResults::version).toList());
        assertEquals(
                List.of(2L, 1L),
                results.stream().map(SurveyResults.VersionResults::respondents).toList());
        assertEquals(3, ResultsBuilder.respondents(results));
    }
}
