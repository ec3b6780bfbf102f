package uz.muhokama.stats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Duration;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uz.muhokama.platform.persistence.DatabaseReady;
import uz.muhokama.platform.security.CurrentCaller;
import uz.muhokama.platform.security.Role;
import uz.muhokama.platform.time.PeriodicJobs;

/**
 * Folds new activity into the statistics every {@code muhokama.stats.job-interval-seconds} (60) on
 * every instance; the fold's lock makes the instances take turns, so each row is counted once.
 */
@ApplicationScoped
public class StatsJob {

    private static final Logger LOG = Logger.getLogger(StatsJob.class.getName());
    /** A fold that keeps finding full batches stops after this many and lets the next run go on. */
    static final int MAX_FOLDS_PER_RUN = 1000;

    @Inject
    StatsFolder folder;

    @Inject
    PeriodicJobs jobs;

    @Inject
    CurrentCaller caller;

    @Inject
    @ConfigProperty(name = "muhokama.stats.job-interval-seconds", defaultValue = "60")
    int intervalSeconds;

    /** What a run folded, added up over its folds. */
    @JsonbPropertyOrder({"comments", "votes", "answers", "summaries"})
    public record Run(long comments, long votes, long answers, long summaries) {}

    void start(@Observes DatabaseReady ready) {
        jobs.every(Duration.ofSeconds(intervalSeconds), "Statistics job", this::runOnce);
    }

    /** Folds until nothing ready is left (or {@link #MAX_FOLDS_PER_RUN} folds). */
    public Run runOnce() {
        long comments = 0;
        long votes = 0;
        long answers = 0;
        long summaries = 0;
        for (int i = 0; i < MAX_FOLDS_PER_RUN; i++) {
            StatsFolder.Folded folded = folder.foldOnce();
            comments += folded.comments();
            votes += folded.votes();
            answers += folded.answers();
            summaries += folded.summaries();
            if (!folded.more()) {
                break;
            }
        }
        Run run = new Run(comments, votes, answers, summaries);
        if (comments + votes + answers + summaries > 0) {
            LOG.fine(() -> "Statistics folded " + run);
        }
        return run;
    }

    /**
     * Administrators only: forgets every count and folds the raw rows again from the first. Tables read
     * while it runs are partial (it takes about a minute per million comments).
     */
    public Run rebuild() {
        caller.requireAny(Role.ADMIN);
        folder.clear();
        LOG.info("Statistics: rebuilding from the raw rows");
        return runOnce();
    }
}
