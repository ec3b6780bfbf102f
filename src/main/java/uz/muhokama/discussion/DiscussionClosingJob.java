package uz.muhokama.discussion;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uz.muhokama.platform.persistence.DatabaseReady;

/**
 * Every few seconds, on every instance: record openings, then close each due discussion exactly once.
 * Statuses shown to people never wait for this job (they are computed from the clock); the job makes
 * the change durable and announces it. Safe to run twice at once, here or on another instance.
 */
@ApplicationScoped
public class DiscussionClosingJob {

    private static final Logger LOG = Logger.getLogger(DiscussionClosingJob.class.getName());
    private static final String INSTANCE = ManagementFactory.getRuntimeMXBean().getName() + "/"
            + UUID.randomUUID().toString().substring(0, 8);

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    DiscussionRepository discussions;

    @Inject
    DiscussionCloser closer;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "muhokama.discussion.job-interval-seconds", defaultValue = "30")
    int intervalSeconds;

    @Inject
    @ConfigProperty(name = "muhokama.discussion.job-batch-size", defaultValue = "200")
    int batchSize;

    private ScheduledFuture<?> schedule;

    void start(@Observes DatabaseReady ready) {
        if (intervalSeconds > 0) {
            schedule = scheduler.scheduleWithFixedDelay(this::runSafely, intervalSeconds, intervalSeconds, TimeUnit.SECONDS);
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
            LOG.log(Level.WARNING, "Discussion job failed; it will run again", e);
        }
    }

    /** One pass; returns the drafts whose discussion this pass closed. */
    public List<Long> runOnce() {
        Instant now = clock.instant();
        closer.recordOpenings(now);
        List<Long> closedHere = discussions.dueForClosing(now, batchSize).stream()
                .filter(due -> closer.close(due, now, INSTANCE))
                .map(Discussion::draftId)
                .toList();
        if (!closedHere.isEmpty()) {
            LOG.info(() -> "Closed " + closedHere.size() + " discussion(s)");
        }
        return closedHere;
    }
}
