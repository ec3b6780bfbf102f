package uz.muhokama.platform.cache;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Instant;

/**
 * Caffeine's time from the portal's {@link Clock} (nanoseconds since the epoch), so that expiry and
 * renewal follow the clock tests and the test mode move. Unlike {@code System.nanoTime} this clock
 * may be set back; {@link SharedCache} never serves what was kept in its future.
 */
final class ClockTicker implements Ticker {

    private final Clock clock;

    ClockTicker(Clock clock) {
        this.clock = clock;
    }

    @Override
    public long read() {
        Instant now = clock.instant();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano(); // overflows in 2262
    }
}
