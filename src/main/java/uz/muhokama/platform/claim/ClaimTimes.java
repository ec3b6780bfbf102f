package uz.muhokama.platform.claim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The times every queue's claims share: the portal's clock, when a claim not renewed counts as left by
 * an instance that stopped, and the back-off between attempts. The settings keep the names they had
 * when the report was the only queue (docs/deployment.md).
 */
@ApplicationScoped
class ClaimTimes {

    /** The first wait after a failed attempt; it doubles with each further one. */
    static final Duration FIRST_RETRY = Duration.ofSeconds(30);

    @Inject
    Clock clock;

    /** A claim older than this was left by an instance that stopped; a holder renews it as it works. */
    @Inject
    @ConfigProperty(name = "muhokama.reports.claim-timeout-seconds", defaultValue = "300")
    long claimTimeoutSeconds;

    /** The longest wait between two attempts at failing work. */
    @Inject
    @ConfigProperty(name = "muhokama.reports.max-retry-seconds", defaultValue = "3600")
    long maxRetrySeconds;

    public Instant now() {
        return clock.instant();
    }

    /** Claims renewed before this are taken over. */
    public Instant stale() {
        return clock.instant().minusSeconds(claimTimeoutSeconds);
    }

    /** 30 s, 1, 2, 4 … minutes, at most {@code muhokama.reports.max-retry-seconds}. */
    public Backoff backoff() {
        return new Backoff(FIRST_RETRY, Duration.ofSeconds(maxRetrySeconds));
    }
}
