package uz.muhokama.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import uz.muhokama.platform.error.InvalidInput;

/** Answers are checked against their questionnaire version, every problem named on its field. */
class AnswerCheckTest {

    private static final Questionnaire GENERAL = shipped(Questionnaire.GENERAL_SURVEY);
    private static final Questionnaire EXPERTISE = shipped(Questionnaire.EXPERTISE);
    /** A draft of clauses 1 to 5, each keyed k1..k5. */
    private static final Function<String, Optional<AnswerValue.ClauseRef>> FIVE_CLAUSES =
            n -> n.matches("[1-5]") ? Optional.of(new AnswerValue.ClauseRef(n, "k" + n)) : Optional.empty();

    private static Questionnaire shipped(String code) {
        return ShippedQuestionnaires.load().stream()
                .filter(q -> q.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private static Map<String, Object> generalAnswers() {
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("compliance", "partly");
        answers.put("compliance.clauses", List.of("2", "4", "2"));
        answers.put("referenceNorms", "no");
        answers.put("contradictingNorms", "no");
        answers.put("clarity", new BigDecimal("4"));
        answers.put("otherComments", "  Matn\r\nyaxshi  ");
        return answers;
    }

    private static List<String> problems(Questionnaire q, Map<String, Object> answers) {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> AnswerCheck.check(q, answers, FIVE_CLAUSES));
        return refused.fieldErrors().stream()
                .map(e -> e.field() + " " + e.messageKey())
                .toList();
    }

    @Test
    void aCompleteGeneralSurveyIsAcceptedCleanedAndInTheQuestionnairesOrder() {
        Map<String, AnswerValue> accepted = AnswerCheck.check(GENERAL, generalAnswers(), FIVE_CLAUSES);
        assertEquals(
                List.of(
                        "compliance",
                        "compliance.clauses",
                        "referenceNorms",
                        "contradictingNorms",
                        "clarity",
                        "otherComments"),
                List.copyOf(accepted.keySet()));
        assertEquals(
                new AnswerValue.Clauses(
                        List.of(new AnswerValue.ClauseRef("2", "k2"), new AnswerValue.ClauseRef("4", "k4"))),
                accepted.get("compliance.clauses"),
                "each clause once");
        assertEquals(new AnswerValue.ScaleValue(4), accepted.get("clarity"));
        assertEquals(new AnswerValue.Text("Matn\nyaxshi"), accepted.get("otherComments"));
    }

    @Test
    void aHiddenQuestionIsNeitherRequiredNorStoredWhateverWasSent() {
        Map<String, Object> answers = generalAnswers();
        answers.put("compliance", "yes");
        answers.put("compliance.clauses", List.of("99"));
        answers.put("compliance.conflictingAct", 42);
        Map<String, AnswerValue> accepted = AnswerCheck.check(GENERAL, answers, FIVE_CLAUSES);
        assertFalse(accepted.containsKey("compliance.clauses"));
        assertFalse(accepted.containsKey("compliance.conflictingAct"));
    }

    @Test
    void everyProblemIsNamedOnItsFieldAtOnce() {
        Map<String, Object> answers = new HashMap<>(generalAnswers());
        answers.remove("referenceNorms");
        answers.put("compliance.clauses", List.of("2", "99"));
        answers.put("clarity", 7);
        answers.put("contradictingNorms", "maybe");
        answers.put("personalImpact", List.of("positive"));
        answers.put("otherComments", "x".repeat(2001));
        answers.put("compliance.conflictingAct", "Yashirin\u0007belgi");
        answers.put("favouriteColour", "blue");
        assertEquals(
                List.of(
                        "answers.favouriteColour survey.answer.unknown-question",
                        "answers.compliance.clauses survey.answer.unknown-clause",
                        "answers.compliance.conflictingAct validation.text.control-character",
                        "answers.referenceNorms survey.answer.required",
                        "answers.contradictingNorms survey.answer.unknown-option",
                        "answers.clarity survey.answer.out-of-range",
                        "answers.personalImpact survey.answer.wrong-type.single-choice",
                        "answers.otherComments survey.answer.too-long"),
                problems(GENERAL, answers));
    }

    @Test
    void aScaleTakesAWholeNumberOnly() {
        Map<String, Object> answers = generalAnswers();
        answers.put("clarity", "4");
        assertEquals(List.of("answers.clarity survey.answer.wrong-type.scale"), problems(GENERAL, answers));
        answers.put("clarity", new BigDecimal("3.5"));
        assertEquals(List.of("answers.clarity survey.answer.wrong-type.scale"), problems(GENERAL, answers));
    }

    private static Map<String, Object> expertise() {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (int i = 1; i <= 22; i++) {
            answers.put("F%02d".formatted(i), new HashMap<>(Map.of("present", "no")));
        }
        answers.put("conclusion", "fixable");
        answers.put("expertStatus", "independent");
        return answers;
    }

    @Test
    void anExpertiseWithOneFactorPresentInClause4IsAccepted() {
        Map<String, Object> answers = expertise();
        answers.put(
                "F05",
                Map.of(
                        "present",
                        "yes",
                        "clauses",
                        List.of("4"),
                        "explanation",
                        "«Zarur hollarda» noaniq.",
                        "recommendation",
                        "Holatlarni sanab oʻting."));
        Map<String, AnswerValue> accepted = AnswerCheck.check(EXPERTISE, answers, FIVE_CLAUSES);
        AnswerValue.Factor f05 = (AnswerValue.Factor) accepted.get("F05");
        assertTrue(f05.present());
        assertEquals(
                new AnswerValue.Clauses(List.of(new AnswerValue.ClauseRef("4", "k4"))),
                f05.fields().get("clauses"));
        assertFalse(((AnswerValue.Factor) accepted.get("F01")).present());
        assertEquals(
                List.of(new TallyKeys.Key("", ""), new TallyKeys.Key("F01.present", "no")),
                TallyKeys.of(Map.of("F01", accepted.get("F01"))));
    }

    @Test
    void aFactorMarkedPresentNeedsItsClausesAndExplanationAndEveryFactorNeedsAnAnswer() {
        Map<String, Object> answers = expertise();
        answers.put("F05", Map.of("present", "yes", "recommendation", "…"));
        answers.remove("F07");
        answers.put("F09", Map.of("present", "no", "colour", "red"));
        answers.put("F10", "yes");
        assertEquals(
                List.of(
                        "answers.F05.clauses survey.answer.required",
                        "answers.F05.explanation survey.answer.required",
                        "answers.F07.present survey.answer.required",
                        "answers.F09.colour survey.answer.unknown-question",
                        "answers.F10 survey.answer.wrong-type.factor-check"),
                problems(EXPERTISE, answers));
    }

    @Test
    void whatAFactorMarkedAbsentCarriesBesideIsDropped() {
        Map<String, Object> answers = expertise();
        answers.put("F06", Map.of("present", "no", "clauses", List.of("99"), "explanation", "eski"));
        AnswerValue.Factor f06 = (AnswerValue.Factor)
                AnswerCheck.check(EXPERTISE, answers, FIVE_CLAUSES).get("F06");
        assertEquals(Map.of("present", new AnswerValue.Choice("no")), f06.fields());
    }

    @Test
    void storedAnswersReadBackTheSameAndTheApiShowsClausesByNumber() {
        Map<String, Object> raw = expertise();
        raw.put("F05", Map.of("present", "yes", "clauses", List.of("4", "2"), "explanation", "Noaniq"));
        Map<String, AnswerValue> accepted = AnswerCheck.check(EXPERTISE, raw, FIVE_CLAUSES);
        assertEquals(accepted, AnswerDocument.read(EXPERTISE, AnswerDocument.write(accepted)));
        assertEquals(
                "[\"4\",\"2\"]",
                AnswerDocument.api(accepted)
                        .getJsonObject("F05")
                        .getJsonArray("clauses")
                        .toString());
        Map<String, AnswerValue> general = AnswerCheck.check(GENERAL, generalAnswers(), FIVE_CLAUSES);
        assertEquals(general, AnswerDocument.read(GENERAL, AnswerDocument.write(general)));
    }
}
