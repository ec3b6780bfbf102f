package uz.muhokama.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uz.muhokama.discussion.DiscussionService;
import uz.muhokama.draft.DraftService;
import uz.muhokama.draft.PublicDraft;
import uz.muhokama.participation.ParticipationReport.CampaignGroup;
import uz.muhokama.platform.i18n.Language;

/**
 * The report job's database steps, each its own short transaction, so that a report of any size is
 * written outside one: taking a closing on, claims and their renewal, and recording each outcome.
 */
@ApplicationScoped
public class ReportSteps {

    @Inject
    ReportRepository reports;

    @Inject
    DiscussionService discussions;

    @Inject
    DecisionRepository decisions;

    @Inject
    DraftService drafts;

    @Inject
    Clock clock;

    /** A claim older than this was left by an instance that stopped; the holder renews it as it writes. */
    @Inject
    @ConfigProperty(name = "muhokama.reports.claim-timeout-seconds", defaultValue = "300")
    long claimTimeoutSeconds;

    /** The longest wait between two attempts at a failing step. */
    @Inject
    @ConfigProperty(name = "muhokama.reports.max-retry-seconds", defaultValue = "3600")
    long maxRetrySeconds;

    /**
     * Takes on a closed discussion: its report row (waiting) and the outbox row marked as handled, in one
     * transaction. Two instances at once: the database's one row per draft lets one of them through.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean takeOn(DiscussionService.Closing closing) {
        if (reports.existsFor(closing.draftId())) {
            discussions.markClosingHandled(closing.draftId());
            return false;
        }
        String number = drafts.numberOf(closing.draftId());
        PublicDraft draft = drafts.publicDraft(number, Language.DEFAULT);
        reports.add(new Report(draft.id(), number, draft.agencyCode(), closing.closedAt(), clock.instant()));
        discussions.markClosingHandled(closing.draftId());
        return true;
    }

    Instant stale() {
        return clock.instant().minusSeconds(claimTimeoutSeconds);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> claimable(int limit, Long onlyDraft) {
        return reports.claimable(clock.instant(), stale(), limit, onlyDraft);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Report> claim(long id, String by) {
        return reports.claim(id, by, clock.instant(), stale()) ? reports.find(id) : Optional.empty();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean renew(long id, String by, long rowsWritten) {
        return reports.renew(id, by, clock.instant(), rowsWritten);
    }

    /** Records the campaign groups the report lists, while the claim is held (replacing an earlier attempt's). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean recordCampaigns(Report report, String by, List<CampaignGroup> campaigns) {
        if (!reports.renew(report.id(), by, clock.instant(), 0)) {
            return false;
        }
        reports.removeCampaigns(report.draftId());
        for (CampaignGroup g : campaigns) {
            for (long simhash : g.simhashes()) {
                reports.add(new ReportCampaign(report.draftId(), simhash, g.proposalId(), g.number(), g.comments()));
            }
        }
        return true;
    }

    /** The report is written: the first forwarding step follows. False when the claim was lost meanwhile. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean generated(Report report, String by, Language language, long rows, long bytes, String sha256) {
        Instant now = clock.instant();
        if (!reports.generated(report.id(), by, now, language.tag(), rows, bytes, sha256)) {
            return false;
        }
        reports.add(new ReportDelivery(report.id(), ReportDelivery.Step.FOLDER, now));
        return true;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(Report report, String by, String error) {
        reports.failed(report.id(), by, shorten(error), nextAttempt(report.attempts()));
    }

    // --- forwarding

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> claimableDeliveries(int limit, Long onlyDraft) {
        return reports.claimableDeliveries(clock.instant(), stale(), limit, onlyDraft);
    }

    /** A claimed step with its report. */
    public record ClaimedStep(ReportDelivery delivery, Report report) {}

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<ClaimedStep> claimDelivery(long id, String by) {
        if (!reports.claimDelivery(id, by, clock.instant(), stale())) {
            return Optional.empty();
        }
        ReportDelivery delivery = reports.delivery(id).orElseThrow();
        return Optional.of(new ClaimedStep(delivery, reports.find(delivery.reportId()).orElseThrow()));
    }

    /** A step is done; the next one (if any) is due now. {@code filePath} is recorded by the folder step. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean deliveryDone(ClaimedStep step, String by, String filePath) {
        Instant now = clock.instant();
        if (!reports.deliveryDone(step.delivery().id(), by, now)) {
            return false;
        }
        if (filePath != null) {
            reports.setFilePath(step.report().id(), filePath);
        }
        ReportDelivery.Step next = switch (step.delivery().step()) {
            case FOLDER -> ReportDelivery.Step.INBOX;
            case INBOX -> ReportDelivery.Step.EMAIL;
            case EMAIL -> null;
        };
        if (next != null && reports.delivery(step.report().id(), next).isEmpty()) {
            reports.add(new ReportDelivery(step.report().id(), next, now));
        }
        return true;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void deliveryFailed(ClaimedStep step, String by, String error) {
        reports.deliveryFailed(step.delivery().id(), by, shorten(error), nextAttempt(step.delivery().attempts()));
    }

    // --- the notices to authors of proposals (DecisionNotices sends them)

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> dueNotices(int limit, Long onlyDraft) {
        return decisions.claimableNotices(clock.instant(), stale(), limit, onlyDraft);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<DecisionNotice> claimNotice(long id, String by) {
        return decisions.claimNotice(id, by, clock.instant(), stale());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void noticeDone(DecisionNotice notice, String by) {
        decisions.noticeDone(notice.id(), by, clock.instant());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void noticeFailed(DecisionNotice notice, String by, String error) {
        decisions.noticeFailed(notice.id(), by, shorten(error), nextAttempt(notice.attempts()));
    }

    /** After the n-th attempt (counted when claimed), waits of 30 s, 1, 2, 4 … minutes, at most {@code muhokama.reports.max-retry-seconds}. */
    Instant nextAttempt(int attempts) {
        long seconds = 30L << Math.min(20, Math.max(0, attempts - 1));
        return clock.instant().plus(Duration.ofSeconds(Math.min(seconds, maxRetrySeconds)));
    }

    private static String shorten(String error) {
        String text = error == null ? "" : error;
        return text.length() > 2000 ? text.substring(0, 2000) : text;
    }
}
