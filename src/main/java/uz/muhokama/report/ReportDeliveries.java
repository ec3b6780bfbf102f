package uz.muhokama.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import uz.muhokama.draft.DraftService;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.i18n.Messages;
import uz.muhokama.platform.mail.Mailer;
import uz.muhokama.platform.time.PortalTimeZone;
import uz.muhokama.reference.ReferenceCatalog;

/**
 * The forwarding steps of a generated report: (1) the workbook into the delivery folder, (2) the
 * report into the agency's inbox, once its file is checked to be there whole, (3) the e-mail to the
 * agency's contact address with the inbox link, in the agency's language.
 */
@ApplicationScoped
class ReportDeliveries {

    private static final Logger LOG = Logger.getLogger(ReportDeliveries.class.getName());

    @Inject
    ReportSteps steps;

    @Inject
    ReportMetrics metrics;

    @Inject
    ReportFolder folder;

    @Inject
    Mailer mailer;

    @Inject
    ReferenceCatalog reference;

    @Inject
    DraftService drafts;

    @Inject
    Messages messages;

    @Inject
    PortalTimeZone timeZone;

    /** Runs one claimed step and records the outcome; true when it is done. */
    boolean run(ReportSteps.ClaimedStep step, String instance) {
        Report report = step.report();
        try {
            String filePath = null;
            switch (step.delivery().step()) {
                case FOLDER -> filePath = folder.deliver(report);
                case INBOX -> folder.verify(report);
                case EMAIL -> mailer.send(mail(report));
            }
            return steps.deliveryDone(step, instance, filePath);
        } catch (Exception e) {
            LOG.log(
                    Level.WARNING,
                    "Forwarding the report of " + report.draftNumber() + " ("
                            + step.delivery().step() + ") failed; it will be tried again",
                    e);
            steps.deliveryFailed(step, instance, e.toString());
            metrics.retried(step.delivery().step().name().toLowerCase(Locale.ROOT));
            return false;
        }
    }

    Mailer.Mail mail(Report report) {
        ReferenceCatalog.AgencyContact agency = reference
                .agencyContact(report.agencyCode())
                .orElseThrow(() -> new IllegalStateException("Unknown agency " + report.agencyCode()));
        String to = agency.email()
                .orElseThrow(() -> new IllegalStateException(
                        "The agency " + report.agencyCode() + " has no contact address in the reference data"));
        Language language = agency.language();
        String title = drafts.publicDraft(report.draftNumber(), language).title();
        String link = mailer.portalUrl() + "/agency/reports";
        String closed = LocalDate.ofInstant(report.closedAt(), timeZone.zone())
                .format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        return new Mailer.Mail(
                to,
                "report-" + report.draftNumber() + "-" + report.agencyCode(),
                language,
                messages.get(language, "report.mail.subject", report.draftNumber()),
                messages.get(
                        language,
                        "report.mail.body",
                        agency.name().in(language),
                        report.draftNumber(),
                        title,
                        closed,
                        link));
    }
}
