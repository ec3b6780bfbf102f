package uz.muhokama.participation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uz.muhokama.platform.cache.Caches;
import uz.muhokama.testkit.AdjustableClock;

class SharedCountsTest {

    private final AdjustableClock clock =
            new AdjustableClock(Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC));
    private final SharedCounts counts = new SharedCounts();
    private final AtomicLong stored = new AtomicLong();
    private int countings;

    @BeforeEach
    void aSecondFromAThousandComments() {
        counts.caches = new Caches(clock);
        counts.millis = 1000;
        counts.sharedFrom = 1000;
        counts.createCache();
    }

    private long read(long draftId) {
        return counts.of(
                draftId,
                "top-level:",
                () -> {
                    countings++;
                    return stored.get();
                },
                n -> n);
    }

    private void at(long millis) {
        clock.setOffset(Duration.ofMillis(millis));
    }

    @Test
    void aBusyDraftsCountIsSharedForASecondThenCountedAgain() {
        stored.set(10_000);
        assertEquals(10_000, read(7));
        stored.set(10_001);
        at(999);
        assertEquals(10_000, read(7), "another instance's comment shows within the second");
        assertEquals(1, countings);
        at(1000);
        assertEquals(10_001, read(7));
        assertEquals(2, countings);
    }

    @Test
    void whileOneViewCountsAgainTheOthersKeepTheOldCount() {
        stored.set(10_000);
        read(7);
        at(1500);
        stored.set(10_050);
        long[] seenMeanwhile = new long[1];
        long recounted = counts.of(
                7,
                "top-level:",
                () -> {
                    seenMeanwhile[0] = read(7);
                    return stored.get();
                },
                n -> n);
        assertEquals(10_000, seenMeanwhile[0], "a view during the recount is not held up by it");
        assertEquals(10_050, recounted);
        assertEquals(10_050, read(7));
        assertEquals(1, countings, "only the first reading and no other counted");
    }

    @Test
    void oldCountsAreNeverKeptMoreThanOneMomentPastTheirOwn() {
        stored.set(10_000);
        read(7);
        at(2000);
        stored.set(10_050);
        long[] seenMeanwhile = new long[1];
        counts.of(
                7,
                "top-level:",
                () -> {
                    seenMeanwhile[0] = read(7);
                    return stored.get();
                },
                n -> n);
        assertEquals(10_050, seenMeanwhile[0], "two moments on, a view counts for itself even while another does");
        assertEquals(2, countings);
    }

    @Test
    void countsFromBeforeTheClockWasSetBackAreNotKept() {
        at(10_000);
        stored.set(10_000);
        read(7);
        stored.set(10_050);
        at(0);
        assertEquals(10_050, read(7));
    }

    @Test
    void aQuietDraftIsAlwaysCountedAfresh() {
        stored.set(999);
        read(7);
        stored.set(1000);
        assertEquals(1000, read(7));
        assertEquals(2, countings);
    }

    @Test
    void aChangeOnThisInstanceForgetsOnlyThatDraftsCounts() {
        stored.set(5000);
        read(7);
        read(8);
        stored.set(5001);
        counts.forget(new SharedCounts.Changed(7));
        assertEquals(5001, read(7));
        assertEquals(5000, read(8), "the other draft's count is still shared");
        assertEquals(3, countings);
    }

    @Test
    void sharingCanBeSwitchedOff() {
        counts.millis = 0;
        counts.createCache();
        stored.set(10_000);
        read(7);
        read(7);
        assertEquals(2, countings);
    }
}
