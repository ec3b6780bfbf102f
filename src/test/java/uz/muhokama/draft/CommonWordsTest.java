package uz.muhokama.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import uz.muhokama.platform.cache.Caches;
import uz.muhokama.testkit.AdjustableClock;

class CommonWordsTest {

    private final AdjustableClock clock =
            new AdjustableClock(Clock.fixed(Instant.parse("2026-12-02T09:00:00Z"), ZoneOffset.UTC));

    private CommonWords words(long seconds, int entries) {
        CommonWords words = new CommonWords();
        words.caches = new Caches(clock);
        words.keepSeconds = seconds;
        words.maxEntries = entries;
        words.createCache();
        return words;
    }

    @Test
    void aWordFoundCommonIsKnownCommonForTheTimeKeptAndThenReadAgain() {
        CommonWords words = words(600, 100);
        words.remember("tarif", 2000, 1800);
        assertEquals(1800, words.moreThan("tarif", 2000).orElseThrow().drafts());
        clock.setOffset(Duration.ofSeconds(599));
        assertTrue(words.moreThan("tarif", 2000).isPresent());
        clock.setOffset(Duration.ofSeconds(600));
        assertFalse(words.moreThan("tarif", 2000).isPresent(), "ten minutes on, the index is asked again");
    }

    @Test
    void moreThanTwoThousandSaysNothingOfMoreThanSixteenThousand() {
        CommonWords words = words(600, 100);
        words.remember("tarif", 2000, 1800);
        assertFalse(words.moreThan("tarif", 16000).isPresent());
        words.remember("tarif", 16000, 14000);
        assertTrue(words.moreThan("tarif", 16000).isPresent());
        words.remember("tarif", 2000, 1900);
        assertTrue(words.moreThan("tarif", 16000).isPresent(), "a later, smaller reading keeps the larger one");
        assertFalse(words.moreThan("soliq", 2000).isPresent(), "a word never read is not known");
    }

    @Test
    void nothingIsKeptWhenTheTimeIsZero() {
        CommonWords off = words(0, 100);
        off.remember("tarif", 2000, 1800);
        assertFalse(off.moreThan("tarif", 2000).isPresent());
    }
}
