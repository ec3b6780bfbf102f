package uz.muhokama.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import uz.muhokama.platform.error.InvalidInput;

/** What an administrator's upload must be before it can become a version. */
class QuestionnaireDefinitionsTest {

    private static List<String> problems(String json) {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> QuestionnaireDefinitions.parse(json));
        return refused.fieldErrors().stream()
                .map(e -> e.field() + " " + e.messageKey())
                .toList();
    }

    private static final String WORDS = "{\"uz\":\"a\",\"ru\":\"б\",\"en\":\"c\"}";

    @Test
    void notJsonIsOneProblemOnTheDefinition() {
        assertEquals(List.of("definition survey.definition.invalid-json"), problems("{not json"));
        assertEquals(List.of("definition survey.definition.invalid-json"), problems("[1, 2]"));
    }

    @Test
    void aPastedDefinitionFollowsTheTextRulesOfEveryOtherText() {
        String json = """
                {"code":"general-survey","audience":"SIGNED_IN","scope":"draft","title":{"uz":"a\\u0007b","ru":"б","en":"c"},
                 "questions":[{"code":"a","type":"free_text","text":{"uz":"\\ud800","ru":"б","en":"c"}}]}""";
        assertEquals(
                List.of(
                        "title.uz validation.text.control-character",
                        "questions[0].text.uz validation.text.broken-character"),
                problems(json));
    }

    @Test
    void everyBrokenRuleIsNamedAtItsPlace() {
        String json = """
                {"code":"general-survey","audience":"SIGNED_IN","scope":"draft","title":%s,
                 "questions":[
                   {"code":"a","type":"yes_no_partly","text":%s,"options":[{"code":"yes","label":%s}]},
                   {"code":"a","type":"free_text","text":{"uz":"faqat o'zbekcha"}},
                   {"code":"c","type":"scale","text":%s,"scale":{"min":5,"max":1}},
                   {"code":"d","type":"free_text","text":%s,"showIf":{"c":["x"]}},
                   {"code":"e","type":"teleport","text":%s}]}""".formatted(WORDS, WORDS, WORDS, WORDS, WORDS, WORDS);
        List<String> problems = problems(json);
        assertTrue(problems.contains("questions[4].type survey.definition.type-unknown"), problems::toString);
        assertTrue(problems.contains("questions[0].options survey.definition.options-needed"), problems::toString);
        assertTrue(problems.contains("questions[1].code survey.definition.code-duplicate"), problems::toString);
        assertTrue(problems.contains("questions[1].text survey.definition.wording-incomplete"), problems::toString);
        assertTrue(problems.contains("questions[2].scale survey.definition.scale-invalid"), problems::toString);
        assertTrue(problems.contains("questions[3].showIf survey.definition.condition-invalid"), problems::toString);
    }

    @Test
    void aFactorCheckNeedsTheFactorFieldsAGroupAndAName() {
        String json = """
                {"code":"x","audience":"EXPERT","scope":"draft","title":%s,
                 "questions":[{"code":"F01","type":"factor_check","text":%s,"group":"nowhere"}]}""".formatted(WORDS, WORDS);
        List<String> problems = problems(json);
        assertTrue(problems.contains("factorFields survey.definition.factor-fields-needed"), problems::toString);
        assertTrue(problems.contains("questions[0].title survey.definition.wording-incomplete"), problems::toString);
    }
}
