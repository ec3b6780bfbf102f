package uz.muhokama.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uz.muhokama.platform.persistence.DatabaseReady;
import uz.muhokama.platform.time.PeriodicJobs;

/**
 * Every hour (through PeriodicJobs), on every instance: deletes sign-in tokens that have expired. An expired token opens
 * nothing already; without this, every sign-in would leave a row forever (a session a day for each
 * of millions of citizens). Deleting in small batches keeps each transaction short, and two instances
 * purging at once only find fewer rows to delete.
 */
@ApplicationScoped
public class ExpiredTokenPurge {

    private static final Logger LOG = Logger.getLogger(ExpiredTokenPurge.class.getName());

    @Inject
    PeriodicJobs jobs;

    @Inject
    AuthTokenRepository tokens;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "muhokama.tokens.purge-interval-minutes", defaultValue = "60")
    int intervalMinutes;

    @Inject
    @ConfigProperty(name = "muhokama.tokens.purge-batch-size", defaultValue = "500")
    int batchSize;

    void start(@Observes DatabaseReady ready) {
        jobs.every(Duration.ofMinutes(intervalMinutes), "Expired-token purge", this::runOnce);
    }

    /** One pass over every token expired by now; how many this pass deleted. */
    public int runOnce() {
        Instant now = clock.instant();
        int deleted = 0;
        int batch;
        do {
            batch = tokens.deleteExpired(now, Math.max(1, batchSize));
            deleted += batch;
        } while (batch >= Math.max(1, batchSize));
        if (deleted > 0) {
            int total = deleted;
            LOG.info(() -> "Deleted " + total + " expired sign-in token(s)");
        }
        return deleted;
    }
}
