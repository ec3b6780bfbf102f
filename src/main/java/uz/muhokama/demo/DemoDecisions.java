package uz.muhokama.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uz.muhokama.account.HistoricAccounts;
import uz.muhokama.decision.DecisionInput;
import uz.muhokama.decision.HistoricDecisions;
import uz.muhokama.draft.DraftService;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.persistence.SeedMarkers;
import uz.muhokama.report.ReportGenerated;

/**
 * Demo data: once the closed demo draft's report is written (shortly after the first start, when the
 * closing job has closed it), its agency decides on every proposal and publishes the summary, so the
 * tour shows the whole loop. Only with demo data on, and once across instances.
 */
@ApplicationScoped
class DemoDecisions {

    private static final Logger LOG = Logger.getLogger(DemoDecisions.class.getName());
    static final String MARKER = "demo-decisions";
    static final String DEMO_AGENCY = "ministry-of-economy-and-finance";

    /** Decisions in turn, with reasons, for the demo proposals (newest first). */
    private static final List<DecisionInput> IN_TURN = List.of(
            new DecisionInput(
                    null,
                    "partlyAccepted",
                    "Taʼrif loyihaga kiritildi, ammo havola oʻrniga Soliq kodeksidagi toʻliq matn berildi."),
            new DecisionInput(
                    null,
                    "rejected",
                    "Imtiyoz barcha kichik biznes subyektlariga teng qoʻllaniladi; hisobot intizomi alohida nazorat qilinadi."),
            new DecisionInput(null, "accepted", null),
            new DecisionInput(null, "accepted", null),
            new DecisionInput(
                    null,
                    "rejected",
                    "Stavkani bir yilda 2 foizga tushirish byudjet barqarorligiga xavf soladi; 2028-yilda qayta koʻrib chiqiladi."));

    @Inject
    HistoricDecisions decisions;

    @Inject
    HistoricAccounts accounts;

    @Inject
    DraftService drafts;

    @Inject
    SeedMarkers markers;

    @Inject
    Clock clock;

    /** This bean through its proxy, so that {@link #decideOnce} runs in a transaction of its own. */
    @Inject
    DemoDecisions self;

    @Inject
    @ConfigProperty(name = "muhokama.demo.enabled", defaultValue = "false")
    boolean enabled;

    void decide(@Observes ReportGenerated generated) {
        if (!enabled
                || !DEMO_AGENCY.equals(
                        drafts.publicDraft(generated.draftNumber(), Language.UZ).agencyCode())) {
            return;
        }
        try {
            if (self.decideOnce(generated.draftNumber())) {
                LOG.info(() -> "Demo decisions on " + generated.draftNumber() + " published");
            }
        } catch (RuntimeException e) {
            LOG.warning("Demo decisions not published here (another instance may have done it): " + e);
        }
    }

    /** Claims the seed marker and decides in one transaction: of two instances, one publishes. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    boolean decideOnce(String draftNumber) {
        if (markers.alreadySeeded(MARKER)) {
            return false;
        }
        markers.claim(MARKER, clock.instant());
        long editor = accounts.idOf("economy@demo.muhokama.uz").orElse(0L);
        AtomicInteger turn = new AtomicInteger();
        decisions.decideAndPublish(draftNumber, editor, p -> {
            DecisionInput d = IN_TURN.get(turn.getAndIncrement() % IN_TURN.size());
            return new DecisionInput(p.id(), d.decision(), d.reason());
        });
        return true;
    }
}
