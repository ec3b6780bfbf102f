package uz.muhokama.ria;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uz.muhokama.draft.DraftNumber;
import uz.muhokama.draft.DraftService;
import uz.muhokama.draft.DraftView;
import uz.muhokama.platform.i18n.Language;

/**
 * Records assessments made earlier or elsewhere: the old portal's, when its data is taken over, and the
 * demo's. An assessment is recorded as published with its draft, at the draft's own publication moment, as
 * if it had been entered before; a draft that has one already keeps it.
 */
@ApplicationScoped
public class HistoricAssessments {

    @Inject
    RiaRepository assessments;

    @Inject
    DraftService drafts;

    /** The published draft's assessment, as {@code form} says, published with the draft; false if it had one. */
    @Transactional
    public boolean recordPublishedWithDraft(String draftNumber, RiaForm form) {
        DraftView draft = drafts.view(draftNumber, null, Language.UZ);
        long draftId = DraftNumber.idFrom(draft.number()).orElseThrow();
        if (assessments.forDraft(draftId).isPresent()) {
            return false;
        }
        RegulatoryImpactAssessment ria = new RegulatoryImpactAssessment(draftId, form, draft.publishedAt());
        assessments.add(ria);
        ria.publishWithDraft(draft.publishedAt());
        return true;
    }
}
