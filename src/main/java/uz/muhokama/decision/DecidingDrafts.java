package uz.muhokama.decision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uz.muhokama.draft.DraftService;
import uz.muhokama.draft.PublicDraft;
import uz.muhokama.platform.error.Conflict;
import uz.muhokama.platform.error.ResourceNotFound;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.security.Caller;
import uz.muhokama.platform.security.CurrentCaller;
import uz.muhokama.platform.security.Role;
import uz.muhokama.reference.ReferenceCatalog;
import uz.muhokama.report.WrittenReports;

/**
 * Who may decide on which draft: only the draft's own agency (anyone else gets 404), only once its
 * report is written, and, for any change, only until the summary is published.
 */
@ApplicationScoped
class DecidingDrafts {

    @Inject
    DraftService drafts;

    @Inject
    WrittenReports reports;

    @Inject
    DecisionRepository decisions;

    @Inject
    ReferenceCatalog reference;

    @Inject
    CurrentCaller currentCaller;

    /** The draft the signed-in editor's agency decides on (also once published, to read). */
    DecidingDraft deciding(String number, Language language) {
        Caller caller = currentCaller.requireAny(Role.AGENCY);
        PublicDraft draft = drafts.publicDraft(number, language);
        if (!caller.agency().map(draft.agencyCode()::equals).orElse(false)) {
            throw new ResourceNotFound();
        }
        if (!reports.isWritten(draft.id())) {
            throw new Conflict("report.decisions.no-report");
        }
        Language reportLanguage = reference
                .agencyContact(draft.agencyCode())
                .map(ReferenceCatalog.AgencyContact::language)
                .orElse(Language.DEFAULT);
        return new DecidingDraft(draft, caller, reportLanguage);
    }

    /** The draft, for a change: refused once the summary is published. */
    DecidingDraft undecided(String number, Language language) {
        return undecided(deciding(number, language));
    }

    DecidingDraft undecided(DecidingDraft d) {
        if (decisions.summary(d.draft().id()).isPresent()) {
            throw new Conflict("report.decisions.published");
        }
        return d;
    }
}
