package uz.muhokama.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.i18n.UzbekScript;

/** A questionnaire's text in Cyrillic: its own when given, else the Latin one transliterated. */
class WordingTest {

    @Test
    void aStoredWordingWithoutCyrillicIsShownTransliterated() {
        Wording stored = Wording.of(Json.createObjectBuilder()
                .add("uz", "Omil mavjudmi?")
                .add("ru", "Фактор присутствует?")
                .add("en", "Is the factor present?")
                .build());
        assertEquals(UzbekScript.toCyrillic("Omil mavjudmi?"), stored.in(Language.UZ_CYRL));
        assertFalse(stored.toJson().containsKey("uzCyrl"), "a generated text is not stored as if written");
    }

    @Test
    void aGivenCyrillicWordingIsShownAndKept() {
        Wording given = Wording.of(Json.createObjectBuilder()
                .add("uz", "Omil mavjudmi?")
                .add("uzCyrl", "Омил мавжудми?")
                .add("ru", "Фактор присутствует?")
                .add("en", "Is the factor present?")
                .build());
        assertEquals("Омил мавжудми?", given.in(Language.UZ_CYRL));
        assertEquals("Омил мавжудми?", Wording.of(given.toJson()).in(Language.UZ_CYRL));
        assertEquals("Omil mavjudmi?", given.in(Language.UZ));
    }

    @Test
    void anEditorMayWriteTheCyrillicTextWhichIsOptional() {
        Wording edited = new Wording("Ha", "Да", "Yes").with(Language.UZ_CYRL, "Ҳа");
        assertEquals("Ҳа", edited.in(Language.UZ_CYRL));
        assertTrue(new Wording("Ha", "Да", "Yes").complete(), "complete without a Cyrillic text");
    }
}
