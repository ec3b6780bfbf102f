package uz.muhokama.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import uz.muhokama.platform.i18n.SearchText;

class DraftNumberTest {

    @Test
    void numbersAreReadAsPeopleTypeThem() {
        assertEquals(Optional.of(104512L), DraftNumber.idFrom("ID-104512"));
        assertEquals(Optional.of(104512L), DraftNumber.idFrom(" id104512 "));
        assertEquals(Optional.of(104512L), DraftNumber.idFrom("104512"));
        assertEquals(Optional.empty(), DraftNumber.idFrom("not-a-number"));
        assertEquals(Optional.empty(), DraftNumber.idFrom("ID-1; DROP TABLE draft"));
        assertEquals(Optional.empty(), DraftNumber.idFrom(null));
    }

    @Test
    void aNumberIsWrittenAsPeopleSeeItAndReadBackToItsId() {
        assertEquals("ID-104512", DraftNumber.of(104512));
        assertEquals("ID-104512", new DraftNumber(104512).text());
        assertEquals(Optional.of(new DraftNumber(104512)), DraftNumber.parse(DraftNumber.of(104512)));
    }

    @Test
    void everySpellingOfTheUzbekApostropheSearchesAlike() {
        String expected = SearchText.normalize("Oʻzbekiston soʻrovnomasi");
        for (String typed :
                new String[] {"O'zbekiston so'rovnomasi", "O‘zbekiston so’rovnomasi", "O`zbekiston  SO`ROVNOMASI"}) {
            assertEquals(expected, SearchText.normalize(typed), typed);
        }
    }
}
