package uz.muhokama.ria;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedMap;
import uz.muhokama.draft.DraftPageSection;
import uz.muhokama.draft.DraftView;
import uz.muhokama.platform.i18n.CurrentLanguage;

/**
 * The published assessment on the public draft page (labels in the reader's language, the text as the
 * agency wrote it). Nothing before the draft is published: the agency reads its working copy on its own
 * page. One indexed read per view of a public draft.
 */
@ApplicationScoped
class RiaSection implements DraftPageSection {

    static final String NAME = "ria";

    @Inject
    RiaService assessments;

    @Inject
    CurrentLanguage language;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Object model(DraftView draft, MultivaluedMap<String, String> query) {
        return assessments.forDraftPage(draft, language.get()).orElse(null);
    }
}
