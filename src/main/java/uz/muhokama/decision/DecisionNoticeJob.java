package uz.muhokama.decision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uz.muhokama.draft.DraftService;
import uz.muhokama.platform.claim.ClaimQueue;
import uz.muhokama.platform.persistence.DatabaseReady;
import uz.muhokama.platform.time.PeriodicJobs;

/**
 * Sends the due notices to authors ({@link DecisionNotices}), on every instance, safe to run twice at
 * once: each notice is claimed on the platform's claim mechanism, and a failed one waits for its next
 * attempt. Runs as often as the report job ({@code muhokama.reports.job-interval-seconds}).
 */
@ApplicationScoped
public class DecisionNoticeJob {

    @Inject
    PeriodicJobs jobs;

    @Inject
    DecisionNoticeSteps steps;

    @Inject
    DecisionNotices notices;

    @Inject
    DraftService drafts;

    @Inject
    @ConfigProperty(name = "muhokama.reports.job-interval-seconds", defaultValue = "15")
    int intervalSeconds;

    /** Notices sent in one run, at most (a published summary queues one per author). */
    @Inject
    @ConfigProperty(name = "muhokama.decisions.notice-batch-size", defaultValue = "200")
    int batchSize;

    void start(@Observes DatabaseReady ready) {
        jobs.every(Duration.ofSeconds(intervalSeconds), "Decision notice job", () -> runOnce(null));
    }

    /** What one run did: the notices sent and those that failed, as {@code draft:notice-account}. */
    public record Run(List<String> sent, List<String> failed) {}

    /** One run; with {@code onlyDraft}, only that draft's notices (for tests). */
    public Run runOnce(Long onlyDraft) {
        List<String> sent = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (Long id : steps.due(batchSize, onlyDraft)) {
            steps.claim(id, ClaimQueue.THIS_INSTANCE)
                    .ifPresent(notice -> (notices.send(notice, ClaimQueue.THIS_INSTANCE) ? sent : failed)
                            .add(drafts.numberOf(notice.draftId()) + ":notice-" + notice.accountId()));
        }
        return new Run(sent, failed);
    }
}
