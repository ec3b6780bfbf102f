package uz.muhokama.discussion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import uz.muhokama.platform.error.Conflict;
import uz.muhokama.platform.error.InvalidInput;

class DiscussionTest {

    private final Instant nine = Instant.parse("2026-12-01T04:00:00Z"); // 09:00 in Tashkent
    private final Discussion discussion =
            new Discussion(100001L, new DiscussionWindow(nine, nine.plus(Duration.ofDays(15))));

    @Test
    void aScheduledDiscussionOpensAtNineWithoutAnyoneActing() {
        assertEquals(DiscussionStatus.SCHEDULED, discussion.statusAt(nine.minusSeconds(1)));
        assertEquals(DiscussionStatus.OPEN, discussion.statusAt(nine));
        assertTrue(discussion.acceptsInputAt(nine.plus(Duration.ofDays(3))));
    }

    @Test
    void itAcceptsNothingFromTheMomentItCloses() {
        Instant end = nine.plus(Duration.ofDays(15));
        assertTrue(discussion.acceptsInputAt(end.minusSeconds(1)));
        assertFalse(discussion.acceptsInputAt(end));
        assertEquals(DiscussionStatus.CLOSED, discussion.statusAt(end));
    }

    @Test
    void anExtensionMovesTheEndLaterOnlyWhileOpenAndWithAReason() {
        Instant during = nine.plus(Duration.ofDays(5));
        Instant later = nine.plus(Duration.ofDays(20));
        assertThrows(Conflict.class, () -> discussion.extend(later, "why", 1, nine.minusSeconds(60)), "not yet open");
        assertThrows(Conflict.class, () -> discussion.extend(nine.plus(Duration.ofDays(10)), "shorter", 1, during));
        assertThrows(InvalidInput.class, () -> discussion.extend(later, "  ", 1, during));
        Extension extension = discussion.extend(later, "Many proposals", 1, during);
        assertEquals(nine.plus(Duration.ofDays(15)), extension.previousClosesAt());
        assertEquals(later, discussion.closesAt());
        assertThrows(
                Conflict.class,
                () -> discussion.extend(later.plus(Duration.ofDays(1)), "again", 1, later.plusSeconds(1)),
                "a closed discussion is not extended");
    }

    @Test
    void windowsAreKeptToTheMinute() {
        DiscussionWindow window =
                new DiscussionWindow(Instant.parse("2026-12-01T04:00:42Z"), Instant.parse("2026-12-16T04:00:59Z"));
        assertEquals(Instant.parse("2026-12-01T04:00:00Z"), window.opensAt());
        assertEquals(Instant.parse("2026-12-16T04:00:00Z"), window.closesAt());
    }
}
