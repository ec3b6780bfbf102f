package uz.muhokama.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import uz.muhokama.platform.i18n.SearchText;

class DraftNumberTest {

    @Test
    void numbersAreReadAsPeopleTypeThem() {
        assertEquals(Optional.of(104512L), Draft.idFromNumber("ID-104512"));
        assertEquals(Optional.of(104512L), Draft.idFromNumber(" id104512 "));
        assertEquals(Optional.of(104512L), Draft.idFromNumber("104512"));
        assertEquals(Optional.empty(), Draft.idFromNumber("not-a-number"));
        assertEquals(Optional.empty(), Draft.idFromNumber("ID-1; DROP TABLE draft"));
        assertEquals(Optional.empty(), Draft.idFromNumber(null));
    }

    @Test
    void everySpellingOfTheUzbekApostropheSearchesAlike() {
        String expected = SearchText.normalize("Oʻzbekiston soʻrovnomasi");
        for (String typed : new String[] {"O'zbekiston so'rovnomasi", "O‘zbekiston so’rovnomasi", "O`zbekiston  SO`ROVNOMASI"}) {
            assertEquals(expected, SearchText.normalize(typed), typed);
        }
    }
}
