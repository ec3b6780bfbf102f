package uz.muhokama.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import uz.muhokama.discussion.DiscussionService;
import uz.muhokama.draft.DraftService;
import uz.muhokama.draft.PublicDraft;
import uz.muhokama.participation.ParticipationReport.CampaignGroup;
import uz.muhokama.platform.claim.ClaimQueue;
import uz.muhokama.platform.i18n.Language;

/**
 * The report job's database steps, each its own short transaction, so that a report of any size is
 * written outside one: taking a closing on, claims and their renewal, and recording each outcome.
 */
@ApplicationScoped
class ReportSteps {

    @Inject
    ReportRepository reports;

    @Inject
    DiscussionService discussions;

    @Inject
    DraftService drafts;

    @Inject
    Clock clock;

    @Inject
    ClaimQueue queue;

    @Inject
    Event<ReportReceived> received;

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

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> claimable(int limit, Long onlyDraft) {
        return queue.of(Report.class).due(limit, ClaimQueue.Scope.where("draftId", onlyDraft));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Report> claim(long id, String by) {
        return queue.of(Report.class).claim(id, by).map(report -> {
            report.startWriting();
            return report;
        });
    }

    /** Renews the claim with the rows written so far; false when it was lost (taken over as stale). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean renew(long id, String by, long rowsWritten) {
        return queue.of(Report.class)
                .held(id, by)
                .map(report -> {
                    report.progress(by, clock.instant(), rowsWritten);
                    return true;
                })
                .orElse(false);
    }

    /** Records the campaign groups the report lists, while the claim is held (replacing an earlier attempt's). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean recordCampaigns(Report report, String by, List<CampaignGroup> campaigns) {
        Optional<Report> held = queue.of(Report.class).held(report.id(), by);
        if (held.isEmpty()) {
            return false;
        }
        held.get().progress(by, clock.instant(), 0);
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
        Optional<Report> held = queue.of(Report.class).held(report.id(), by);
        if (held.isEmpty()) {
            return false;
        }
        held.get().written(by, now, language.tag(), rows, bytes, sha256);
        reports.add(new ReportDelivery(report.id(), ReportDelivery.Step.FOLDER, now));
        return true;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(Report report, String by, String error) {
        queue.of(Report.class).fail(report.id(), by, error);
    }

    // --- forwarding

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> claimableDeliveries(int limit, Long onlyDraft) {
        return queue.of(ReportDelivery.class).due(limit, ReportRepository.stepsOfDraft(onlyDraft));
    }

    /** A claimed step with its report. */
    public record ClaimedStep(ReportDelivery delivery, Report report) {}

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<ClaimedStep> claimDelivery(long id, String by) {
        return queue.of(ReportDelivery.class)
                .claim(id, by)
                .map(delivery -> new ClaimedStep(
                        delivery, reports.find(delivery.reportId()).orElseThrow()));
    }

    /** A step is done; the next one (if any) is due now. {@code filePath} is recorded by the folder step. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean deliveryDone(ClaimedStep step, String by, String filePath) {
        Instant now = clock.instant();
        Optional<ReportDelivery> held =
                queue.of(ReportDelivery.class).held(step.delivery().id(), by);
        if (held.isEmpty()) {
            return false;
        }
        held.get().claim().succeed(by, now);
        if (filePath != null) {
            reports.find(step.report().id()).orElseThrow().delivered(filePath);
        }
        held.get()
                .next()
                .filter(next -> reports.delivery(step.report().id(), next).isEmpty())
                .ifPresent(next -> reports.add(new ReportDelivery(step.report().id(), next, now)));
        if (held.get().step() == ReportDelivery.Step.INBOX) {
            received.fire(
                    new ReportReceived(step.report().draftId(), step.report().agencyCode()));
        }
        return true;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void deliveryFailed(ClaimedStep step, String by, String error) {
        queue.of(ReportDelivery.class).fail(step.delivery().id(), by, error);
    }
}
