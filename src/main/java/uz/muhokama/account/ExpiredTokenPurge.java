package uz.muhokama.account;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uz.muhokama.platform.persistence.DatabaseReady;

/**
 * Every hour, on every instance: deletes sign-in tokens that have expired. An expired token opens
 * nothing already; without this, every sign-in would leave a row forever (a session a day for each
 * of millions of citizens). Deleting in small batches keeps each transaction short, and two instances
 * purging at once only find fewer rows to delete.
 */
@ApplicationScoped
public class ExpiredTokenPurge {

    private static final Logger LOG = Logger.getLogger(ExpiredTokenPurge.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

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

    private ScheduledFuture<?> schedule;

    void start(@Observes DatabaseReady ready) {
        if (intervalMinutes > 0) {
            schedule = scheduler.scheduleWithFixedDelay(this::runSafely, intervalMinutes, intervalMinutes, TimeUnit.MINUTES);
        }
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }

    private void runSafely() {
        try {
            runOnce();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Expired-token purge failed; it will run again", e);
        }
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
