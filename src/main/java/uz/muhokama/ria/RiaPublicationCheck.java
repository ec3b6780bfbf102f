package uz.muhokama.ria;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import uz.muhokama.draft.AgencyDraft;
import uz.muhokama.draft.PublicationCheck;
import uz.muhokama.draft.PublicationRefused;
import uz.muhokama.platform.i18n.CurrentLanguage;
import uz.muhokama.platform.i18n.Messages;

/**
 * A draft flagged as needing an assessment is not published without a complete one (domain brief,
 * section 3); an assessment, needed or not, is published with its draft and frozen from then on.
 */
@ApplicationScoped
class RiaPublicationCheck implements PublicationCheck {

    @Inject
    RiaRepository assessments;

    @Inject
    Messages messages;

    @Inject
    CurrentLanguage language;

    @Override
    public void check(AgencyDraft draft) {
        if (!draft.needsRia()) {
            return;
        }
        RegulatoryImpactAssessment assessment =
                assessments.forDraft(draft.id()).orElseThrow(() -> new PublicationRefused("ria.publish.missing"));
        List<String> missing = assessment.missing();
        if (!missing.isEmpty()) {
            // The exception carries arguments, not words: the sections are named here, in the caller's language.
            String sections = missing.stream()
                    .map(code -> messages.get(language.get(), "ria.missing." + code))
                    .collect(Collectors.joining("; "));
            throw new PublicationRefused("ria.publish.incomplete", sections);
        }
    }

    @Override
    public void published(AgencyDraft draft, Instant at) {
        assessments.forDraft(draft.id()).ifPresent(a -> a.publishWithDraft(at));
    }
}
