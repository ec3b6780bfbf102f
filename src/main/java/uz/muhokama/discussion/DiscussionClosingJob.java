package uz.muhokama.discussion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uz.muhokama.platform.persistence.DatabaseReady;
import uz.muhokama.platform.time.PeriodicJobs;

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

    @Inject
    PeriodicJobs jobs;

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

    void start(@Observes DatabaseReady ready) {
        jobs.every(Duration.ofSeconds(intervalSeconds), "Discussion job", this::runOnce);
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
