package uz.muhokama.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.i18n.UzbekScript;

/** The three questionnaires of the domain brief load as data, complete in three languages and with their Cyrillic wording. */
class ShippedQuestionnairesTest {

    private static final List<Questionnaire> SHIPPED = ShippedQuestionnaires.load();

    private static Questionnaire shipped(String code) {
        return SHIPPED.stream().filter(q -> q.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void theBriefShipsThreeQuestionnairesEachAtVersionOne() {
        assertEquals(
                List.of(Questionnaire.EXPERTISE, Questionnaire.GENERAL_SURVEY, Questionnaire.PORTAL_DEVELOPMENT),
                SHIPPED.stream().map(Questionnaire::code).toList());
        SHIPPED.forEach(q -> assertEquals(1, q.version()));
        assertEquals(
                Questionnaire.Audience.EXPERT, shipped(Questionnaire.EXPERTISE).audience());
        assertEquals(
                Questionnaire.Scope.PORTAL,
                shipped(Questionnaire.PORTAL_DEVELOPMENT).scope());
    }

    @Test
    void theExpertiseChecksTwentyTwoFactorsInFourGroupsWithTheirNamesFromTheFactorsFile() {
        Questionnaire expertise = shipped(Questionnaire.EXPERTISE);
        List<Question> factors = expertise.questions().stream()
                .filter(q -> q.type() == QuestionType.FACTOR_CHECK)
                .toList();
        assertEquals(22, factors.size());
        assertEquals(
                List.of("legality", "powers", "procedures", "control"),
                expertise.groups().stream().map(Questionnaire.FactorGroup::code).toList());
        Map<String, Long> perGroup =
                factors.stream().collect(Collectors.groupingBy(Question::group, Collectors.counting()));
        assertEquals(Map.of("legality", 6L, "powers", 6L, "procedures", 6L, "control", 4L), perGroup);
        Question f05 = expertise.question("F05").orElseThrow();
        assertEquals("Vague or ambiguous wording", f05.title().in(Language.EN));
        assertEquals("Юридико-лингвистическая неопределённость", f05.title().in(Language.RU));
        assertTrue(f05.text().in(Language.EN).startsWith("Does the draft use vague terms"));
        assertEquals(
                List.of("present", "clauses", "explanation", "recommendation"),
                expertise.factorFields().stream().map(Question::code).toList());
        assertTrue(expertise.question("conclusion").orElseThrow().required());
    }

    @Test
    void theGeneralSurveyHasFifteenQuestionsAndItsClauseQuestionsShowOnlyForNoOrPartly() {
        Questionnaire general = shipped(Questionnaire.GENERAL_SURVEY);
        assertEquals(15, general.questions().size());
        assertEquals(
                Map.of("compliance", List.of("no", "partly")),
                general.question("compliance.clauses").orElseThrow().showIf());
        assertEquals(1, general.question("clarity").orElseThrow().scale().min());
        assertEquals(5, general.question("clarity").orElseThrow().scale().max());
    }

    @Test
    void aDefinitionWrittenAndReadAgainIsTheSame() {
        for (Questionnaire q : SHIPPED) {
            assertEquals(q, QuestionnaireDefinitions.parse(QuestionnaireDefinitions.write(q)), q.code());
        }
    }

    @Test
    void everyShippedTextHasItsCyrillicWording() {
        List<String> missing = new ArrayList<>();
        int texts = 0;
        for (Questionnaire q : SHIPPED) {
            List<Wording> wordings = new ArrayList<>(List.of(q.title(), q.intro()));
            q.groups().forEach(g -> wordings.add(g.title()));
            Stream.concat(q.questions().stream(), q.factorFields().stream()).forEach(question -> {
                wordings.add(question.text());
                wordings.add(question.title());
                question.options().forEach(o -> wordings.add(o.label()));
                if (question.scale() != null) {
                    wordings.add(question.scale().minLabel());
                    wordings.add(question.scale().maxLabel());
                }
            });
            for (Wording w : wordings) {
                if (w.uz().isBlank()) {
                    continue;
                }
                texts++;
                if (w.uzCyrl().isBlank() || !UzbekScript.isCyrillic(w.uzCyrl())) {
                    missing.add(q.code() + ": " + w.uz());
                }
            }
        }
        assertEquals(List.of(), missing);
        assertTrue(texts > 150, "the factors' names and groups are read too: " + texts);
    }
}
