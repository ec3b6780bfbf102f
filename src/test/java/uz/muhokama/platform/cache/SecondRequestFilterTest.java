package uz.muhokama.platform.cache;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SecondRequestFilterTest {

    @Test
    void aKeyIsNewTheFirstTimeAndSeenTheSecond() {
        SecondRequestFilter filter = new SecondRequestFilter(1024);
        assertFalse(filter.seenBefore("c:1:1"));
        assertTrue(filter.seenBefore("c:1:1"));
        assertTrue(filter.seenBefore("c:1:1"));
    }

    @Test
    void keysNeverAskedForAreRarelyTakenForSeen() {
        SecondRequestFilter filter = new SecondRequestFilter(16 * 2000);
        int wronglySeen = 0;
        for (int draft = 0; draft < 100_000; draft++) {
            if (filter.seenBefore("c:" + draft + ":1")) {
                wronglySeen++;
            }
        }
        // Two bits per key and a reset at half full: about one in ten (9,620 of 100,000 when written).
        assertTrue(wronglySeen < 12_000, "wrongly seen: " + wronglySeen);
    }

    @Test
    void whenHalfFullItStartsAgainSoOldKeysAreForgotten() {
        int forgotten = 0;
        for (int round = 0; round < 20; round++) {
            SecondRequestFilter filter = new SecondRequestFilter(64);
            filter.seenBefore("old " + round);
            for (int i = 0; i < 200; i++) { // far more keys than 64 bits hold: it must have started again
                filter.seenBefore("other " + round + ":" + i);
            }
            if (!filter.seenBefore("old " + round)) {
                forgotten++;
            }
        }
        assertTrue(forgotten > 10, "forgotten in " + forgotten + " of 20");
    }
}
