package uz.muhokama.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DraftStatusTest {

    @Test
    void eachStatusHasTheCodeOfUrlsJsonAndMessageKeysAndIsReadBackFromIt() {
        assertEquals(
                List.of("unpublished", "scheduled", "open", "closed", "summary-published", "withdrawn"),
                Arrays.stream(DraftStatus.values()).map(DraftStatus::code).toList());
        for (DraftStatus status : DraftStatus.values()) {
            assertEquals(status, DraftStatus.fromCode(status.code()).orElseThrow());
            assertEquals(status.code(), status.toString(), "templates print the code");
        }
        assertTrue(DraftStatus.fromCode("SUMMARY_PUBLISHED").isEmpty(), "the constant's name is not a code");
        assertTrue(DraftStatus.fromCode(null).isEmpty());
    }

    @Test
    void readersSearchByEveryStatusOfAPublicDraftOnly() {
        assertFalse(DraftStatus.UNPUBLISHED.isSearchable());
        assertTrue(DraftStatus.SUMMARY_PUBLISHED.isSearchable());
        assertTrue(DraftStatus.WITHDRAWN.isSearchable());
    }
}
