package uz.muhokama.platform.claim;

import java.time.Duration;
import java.time.Instant;

/**
 * How long failed work waits before its next attempt: {@code first} after the first attempt, twice as
 * long after each further one, never longer than {@code longest}.
 */
public record Backoff(Duration first, Duration longest) {

    /** When the attempt after the {@code attempts}-th (counted when claimed) is due. */
    public Instant nextAttempt(int attempts, Instant now) {
        long seconds = first.toSeconds() << Math.min(20, Math.max(0, attempts - 1));
        return now.plus(Duration.ofSeconds(Math.min(seconds, longest.toSeconds())));
    }
}
