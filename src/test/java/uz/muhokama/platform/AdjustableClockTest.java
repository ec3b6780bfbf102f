package uz.muhokama.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import uz.muhokama.testkit.AdjustableClock;

class AdjustableClockTest {

    @Test
    void testsMoveTimeInsteadOfSleeping() {
        Instant start = Instant.parse("2026-11-25T10:00:00Z");
        AdjustableClock clock = new AdjustableClock(Clock.fixed(start, ZoneOffset.UTC));
        clock.setOffset(Duration.ofDays(16));
        assertEquals(start.plus(Duration.ofDays(16)), clock.instant());
        assertEquals(
                start.plus(Duration.ofDays(16)),
                clock.withZone(ZoneOffset.ofHours(5)).instant());
    }
}
