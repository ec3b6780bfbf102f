package uz.muhokama.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uz.muhokama.discussion.DiscussionClosed;
import uz.muhokama.discussion.DiscussionService;
import uz.muhokama.draft.DraftService;
import uz.muhokama.draft.PublicDraft;
import uz.muhokama.participation.ParticipationReport;
import uz.muhokama.participation.ParticipationReport.CampaignGroup;
import uz.muhokama.platform.claim.ClaimQueue;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.persistence.DatabaseReady;
import uz.muhokama.platform.time.PeriodicJobs;
import uz.muhokama.reference.ReferenceCatalog;
import uz.muhokama.ria.RiaService;

/**
 * Turns closed discussions into reports and forwards them, on every instance, safe to run twice at
 * once: takes on the outbox's closings (also straight after a closing commits, through
 * {@link DiscussionClosed}), claims each due report and writes it, then runs each due forwarding step.
 * Both are queues on the platform's claim mechanism: a claim is renewed while a report is written, a
 * failure is recorded with the next attempt's time, and nothing is ever made twice.
 */
@ApplicationScoped
public class ReportJob {

    private static final Logger LOG = Logger.getLogger(ReportJob.class.getName());
    private static final String INSTANCE = ClaimQueue.THIS_INSTANCE;
    /** Progress is recorded (and the claim renewed) at least this often while a report is written. */
    private static final long RENEW_EVERY_ROWS = 20_000;

    private static final Duration RENEW_EVERY = Duration.ofSeconds(10);

    @Inject
    PeriodicJobs jobs;

    @Inject
    DiscussionService discussions;

    @Inject
    ReportSteps steps;

    @Inject
    ReportWriter writer;

    @Inject
    ReportFolder folder;

    @Inject
    ReportDeliveries deliveries;

    @Inject
    DraftService drafts;

    @Inject
    ParticipationReport participation;

    @Inject
    ReferenceCatalog reference;

    @Inject
    RiaService ria;

    @Inject
    Event<ReportGenerated> generatedEvent;

    @Inject
    Event<SummarySheetWritten> summarySheetWritten;

    @Inject
    ReportMetrics metrics;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "muhokama.reports.job-interval-seconds", defaultValue = "15")
    int intervalSeconds;

    @Inject
    @ConfigProperty(name = "muhokama.reports.job-batch-size", defaultValue = "20")
    int batchSize;

    void start(@Observes DatabaseReady ready) {
        jobs.every(Duration.ofSeconds(intervalSeconds), "Report job", this::runOnce);
    }

    /**
     * Takes a closing on as soon as it is committed, so the report waits in the admins' list at once;
     * the outbox is the safety net when this instance stops before it gets here.
     */
    void onClosed(@Observes(during = TransactionPhase.AFTER_SUCCESS) DiscussionClosed closed) {
        try {
            steps.takeOn(new DiscussionService.Closing(closed.draftId(), closed.closedAt()));
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "The report job will take the closing of draft " + closed.draftId() + " on", e);
        }
    }

    /** What one run did. */
    public record Run(int takenOn, List<String> generated, List<String> stepsDone, List<String> stepsFailed) {}

    public Run runOnce() {
        return runOnce(null);
    }

    /** One run; with {@code onlyDraft}, only that draft's report is written and forwarded (for tests). */
    public Run runOnce(Long onlyDraft) {
        int taken = intake();
        List<String> generated = new ArrayList<>();
        for (Long id : steps.claimable(batchSize, onlyDraft)) {
            steps.claim(id, INSTANCE).flatMap(this::generate).ifPresent(generated::add);
        }
        List<String> done = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        // A report generated just now has its first step due now: run the steps until none is due, in order.
        for (int round = 0; round < ReportDelivery.Step.values().length; round++) {
            List<Long> due = steps.claimableDeliveries(batchSize, onlyDraft);
            if (due.isEmpty()) {
                break;
            }
            for (Long id : due) {
                steps.claimDelivery(id, INSTANCE).ifPresent(step -> {
                    String name = step.report().draftNumber() + ":"
                            + step.delivery().step().name().toLowerCase(Locale.ROOT);
                    (deliveries.run(step, INSTANCE) ? done : failed).add(name);
                });
            }
        }
        return new Run(taken, generated, done, failed);
    }

    private int intake() {
        int taken = 0;
        for (DiscussionService.Closing closing : discussions.unhandledClosings(batchSize)) {
            try {
                if (steps.takeOn(closing)) {
                    taken++;
                }
            } catch (RuntimeException e) {
                // Most likely another instance took it on at the same moment; the outbox row says so next time.
                LOG.log(Level.FINE, "Taking on the closing of draft " + closing.draftId() + " failed", e);
            }
        }
        return taken;
    }

    /** Writes a claimed report; its draft number when this run made it. */
    private Optional<String> generate(Report report) {
        try (ReportFolder.PartFile part = folder.start(report.id())) {
            PublicDraft draft = drafts.publicDraft(report.draftNumber(), Language.DEFAULT);
            Language language = reference
                    .agencyContact(report.agencyCode())
                    .map(ReferenceCatalog.AgencyContact::language)
                    .orElse(Language.DEFAULT);
            ReportWriter.Subject subject = new ReportWriter.Subject(
                    drafts.publicDraft(report.draftNumber(), language),
                    drafts.view(report.draftNumber(), null, language),
                    discussions.forDraft(draft.id()).orElse(null),
                    ria.publishedFor(draft.id(), language));
            long started = System.nanoTime();
            List<CampaignGroup> campaigns = participation.campaigns(draft);
            long campaignMillis = (System.nanoTime() - started) / 1_000_000;
            if (!steps.recordCampaigns(report, INSTANCE, campaigns)) {
                return Optional.empty();
            }
            Renewal renewal = new Renewal(report);
            ReportWriter.Written written = writer.write(subject, campaigns, language, part.out(), renewal::rowsWritten);
            part.complete(report.id());
            if (!steps.generated(report, INSTANCE, language, written.rows(), part.bytes(), part.sha256Hex())) {
                return Optional.empty();
            }
            // How long each part took, for finding where a big report's time goes (docs/benchmarks.md).
            LOG.info(() -> "Report of " + report.draftNumber() + " written: " + written.rows()
                    + " rows; campaign groups "
                    + campaignMillis + " ms, summary " + written.summaryMillis() + " ms, comments and proposals "
                    + written.commentsMillis() + " ms, questionnaires " + written.surveysMillis() + " ms, file "
                    + written.fileMillis() + " ms");
            metrics.generated();
            generatedEvent.fire(new ReportGenerated(report.draftId(), report.draftNumber()));
            return Optional.of(report.draftNumber());
        } catch (ClaimLost e) {
            LOG.info(() -> "The report of " + report.draftNumber() + " was taken over by another instance");
            return Optional.empty();
        } catch (Exception e) {
            LOG.log(Level.WARNING, "The report of " + report.draftNumber() + " failed; it will be tried again", e);
            steps.failed(report, INSTANCE, e.toString());
            metrics.retried("report");
            return Optional.empty();
        }
    }

    /**
     * Follows the writing: the first progress comes once the summary sheet is written (observers of
     * {@link SummarySheetWritten} hear of it), and the claim is renewed with the rows written at least
     * every {@code RENEW_EVERY_ROWS} rows or {@code RENEW_EVERY}; a lost claim stops the writing.
     */
    private final class Renewal {
        private final Report report;
        private boolean summaryAnnounced;
        private long renewedAtRows;
        private long renewedAtMillis = clock.millis();

        Renewal(Report report) {
            this.report = report;
        }

        void rowsWritten(long rows) {
            if (!summaryAnnounced) {
                summaryAnnounced = true;
                summarySheetWritten.fire(new SummarySheetWritten(report.draftNumber()));
            }
            if (rows - renewedAtRows >= RENEW_EVERY_ROWS
                    || clock.millis() - renewedAtMillis >= RENEW_EVERY.toMillis()) {
                if (!steps.renew(report.id(), INSTANCE, rows)) {
                    throw new ClaimLost();
                }
                renewedAtRows = rows;
                renewedAtMillis = clock.millis();
            }
        }
    }

    /** The claim was taken over while writing: stop, the other instance writes it. */
    static final class ClaimLost extends RuntimeException {
        ClaimLost() {
            super(null, null, false, false);
        }
    }
}
