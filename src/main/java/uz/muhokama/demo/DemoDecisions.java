package uz.muhokama.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uz.muhokama.draft.DraftService;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.report.ReportGenerated;

/**
 * Demo data: once the closed demo draft's report is written (shortly after the first start, when the
 * closing job has closed it), its agency decides on every proposal and publishes the summary, so the
 * tour shows the whole loop. Only with demo data on, and once across instances.
 */
@ApplicationScoped
class DemoDecisions {

    private static final Logger LOG = Logger.getLogger(DemoDecisions.class.getName());
    static final String DEMO_AGENCY = "ministry-of-economy-and-finance";

    @Inject
    DemoDecisionWriter writer;

    @Inject
    DraftService drafts;

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
            if (writer.decideOnce(generated.draftNumber())) {
                LOG.info(() -> "Demo decisions on " + generated.draftNumber() + " published");
            }
        } catch (RuntimeException e) {
            LOG.warning("Demo decisions not published here (another instance may have done it): " + e);
        }
    }
}
