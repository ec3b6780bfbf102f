package uz.muhokama.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uz.muhokama.draft.DraftSearch;

class DraftFeedsTest {

    @Test
    void aSavedSearchIsNamedByItsWordsAndFiltersInAFixedOrderBlankOnesLeftOut() {
        DraftSearch search = new DraftSearch(
                " soliq & tariflar ",
                "taxation",
                "",
                null,
                "UZ-TK",
                "open",
                LocalDate.parse("2026-12-01"),
                null,
                "closing",
                3,
                20,
                null);
        assertEquals(
                "q=soliq+%26+tariflar&sector=taxation&region=UZ-TK&from=2026-12-01", DraftFeeds.canonicalQuery(search));
        assertEquals(
                "", DraftFeeds.canonicalQuery(new DraftSearch(null, null, null, null, null, null, null, null, 1, 50)));
    }
}
