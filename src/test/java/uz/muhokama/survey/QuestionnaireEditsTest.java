package uz.muhokama.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uz.muhokama.platform.i18n.Language;

/** The editor page's fields applied to the current version make the next one; what is not posted stays. */
class QuestionnaireEditsTest {

    private static final Questionnaire GENERAL = ShippedQuestionnaires.load().stream()
            .filter(q -> q.code().equals(Questionnaire.GENERAL_SURVEY))
            .findFirst()
            .orElseThrow();

    @Test
    void postedTextsReplaceTheirLanguageAndEverythingElseStays() {
        Questionnaire edited = QuestionnaireEdits.apply(
                GENERAL,
                Map.of(
                        "intro.en", List.of("  A shorter introduction. "),
                        "q.compliance.option.partly.ru", List.of("Отчасти")));
        assertEquals("A shorter introduction.", edited.intro().in(Language.EN));
        assertEquals(GENERAL.intro().in(Language.UZ), edited.intro().in(Language.UZ));
        assertEquals(
                "Отчасти",
                edited.question("compliance")
                        .orElseThrow()
                        .option("partly")
                        .orElseThrow()
                        .label()
                        .in(Language.RU));
        assertTrue(edited.question("compliance").orElseThrow().required(), "not posted: stays required");
        assertEquals(GENERAL.questions().size(), edited.questions().size());
        assertEquals(GENERAL.question("clarity"), edited.question("clarity"));
    }

    @Test
    void aQuestionWhoseTextsArePostedIsRequiredOnlyWhenItsBoxIsTicked() {
        Questionnaire edited = QuestionnaireEdits.apply(
                GENERAL,
                Map.of(
                        "q.compliance.text.uz",
                        List.of("Qonunga mosmi?"),
                        "q.necessity.text.uz",
                        List.of("Zarurmi?"),
                        "q.necessity.required",
                        List.of("on")));
        assertFalse(edited.question("compliance").orElseThrow().required());
        assertTrue(edited.question("necessity").orElseThrow().required());
        assertEquals(
                "Qonunga mosmi?",
                edited.question("compliance").orElseThrow().text().in(Language.UZ));
    }
}
