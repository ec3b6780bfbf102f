package uz.muhokama.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uz.muhokama.platform.claim.ClaimQueue;
import uz.muhokama.platform.persistence.DatabaseReady;
import uz.muhokama.platform.time.PeriodicJobs;

/**
 * Turns recorded events into one notification row per person they are for, on every instance, safe to
 * run several times at once: each event is claimed on the platform's claim mechanism, and its rows are
 * written by one set operation in the database ({@link FanOutSql}), never a loop over subscribers. A
 * failed event is retried after the back-off; a retry adds only what is missing.
 */
@ApplicationScoped
public class FanOutJob {

    private static final Logger LOG = Logger.getLogger(FanOutJob.class.getName());

    @Inject
    PeriodicJobs jobs;

    @Inject
    FanOutSteps steps;

    @Inject
    @ConfigProperty(name = "muhokama.notifications.job-interval-seconds", defaultValue = "10")
    int intervalSeconds;

    @Inject
    @ConfigProperty(name = "muhokama.notifications.fan-out-batch-size", defaultValue = "100")
    int batchSize;

    @Inject
    @ConfigProperty(name = "muhokama.notifications.shards", defaultValue = "8")
    int shards;

    void start(@Observes DatabaseReady ready) {
        jobs.every(Duration.ofSeconds(intervalSeconds), "Notification fan-out job", this::runOnce);
    }

    /** One fanned-out event: its id and how many rows it added. */
    public record FannedOut(long eventId, int rows) {}

    /** What one run did: the events this instance fanned out, and those that failed (to be retried). */
    public record Run(List<FannedOut> fannedOut, List<Long> failed) {}

    public Run runOnce() {
        List<FannedOut> done = new ArrayList<>();
        List<Long> failed = new ArrayList<>();
        String by = ClaimQueue.THIS_INSTANCE;
        for (Long id : steps.due(batchSize)) {
            if (!steps.claim(id, by)) {
                continue;
            }
            try {
                steps.fanOut(id, by, shards).ifPresent(rows -> done.add(new FannedOut(id, rows)));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Fanning out notification event " + id + " failed; it will be tried again", e);
                steps.failed(id, by, e.toString());
                failed.add(id);
            }
        }
        return new Run(done, failed);
    }
}
