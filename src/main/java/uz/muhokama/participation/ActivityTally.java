package uz.muhokama.participation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uz.muhokama.draft.DraftService;
import uz.muhokama.platform.persistence.DatabaseReady;
import uz.muhokama.platform.time.PeriodicJobs;

/**
 * Keeps each draft's comment count (for the "most discussed" order) up to date: every interval it
 * recounts the drafts whose discussion was open within the last few intervals (comments arrive only
 * then; moderation after the close recounts its draft at once) and writes absolute counts, so runs
 * that overlap, repeat or happen on two instances at once all write the same numbers.
 * Counting here rather than on every comment keeps one draft's row from becoming a lock that every
 * comment waits for. The order may lag the truth by about one interval.
 */
@ApplicationScoped
public class ActivityTally {

    @Inject
    PeriodicJobs jobs;

    @Inject
    CommentRepository comments;

    @Inject
    DraftService drafts;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "muhokama.comments.tally-interval-seconds", defaultValue = "60")
    int intervalSeconds;

    void start(@Observes DatabaseReady ready) {
        jobs.every(
                Duration.ofSeconds(intervalSeconds),
                "Comment tally",
                () -> recount(clock.instant().minusSeconds(3L * Math.max(1, intervalSeconds))));
    }

    /** Recounts the drafts discussed since the given moment; returns how many. */
    @Transactional
    public int recount(Instant since) {
        List<Long> discussed = drafts.discussedSince(since);
        Map<Long, Long> counts = comments.visibleCounts(discussed);
        drafts.recordCommentCounts(counts);
        return counts.size();
    }

    /** Recounts one draft now, after a change that may come after its discussion closed. */
    @Transactional
    public void recount(long draftId) {
        drafts.recordCommentCounts(comments.visibleCounts(List.of(draftId)));
    }
}
