package uz.muhokama.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.i18n.Messages;

/** A decisions workbook filled in Cyrillic is read like one filled in any other language. */
class DecisionLabelsTest {

    private final Messages messages = new Messages();

    @Test
    void aDecisionIsReadFromItsLabelInEachLanguageCyrillicIncluded() {
        for (Decision decision : Decision.values()) {
            for (Language language : Language.values()) {
                assertEquals(
                        Optional.of(decision),
                        Decision.parse(decision.label(messages, language), messages),
                        decision + " in " + language.tag());
            }
        }
        assertEquals(Optional.of(Decision.REJECTED), Decision.parse("рад  этилди", messages));
        assertEquals("Рад этилди", Decision.REJECTED.label(messages, Language.UZ_CYRL));
    }
}
