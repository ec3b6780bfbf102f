package uz.muhokama.participation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.Set;
import uz.muhokama.draft.DraftPageSection;
import uz.muhokama.draft.DraftService;
import uz.muhokama.draft.DraftStatus;
import uz.muhokama.draft.DraftView;
import uz.muhokama.draft.PublicDraft;
import uz.muhokama.platform.error.AppException;
import uz.muhokama.platform.i18n.CurrentLanguage;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.security.CurrentCaller;
import uz.muhokama.platform.web.FormErrors;

/**
 * Votes and comments on the public draft page. Page, order and clause of the comment list come from
 * the page's query ({@code ?comments=2&sort=oldest&clause=3}); a bad value shows the first page.
 */
@ApplicationScoped
class ParticipationSection implements DraftPageSection {

    static final String NAME = "participation";
    static final int PAGE_SIZE = 20;
    private static final Set<String> NOTICES = Set.of("posted", "voted", "withdrawn", "flagged", "edited");

    @Inject
    CommentThreads comments;

    @Inject
    DraftService drafts;

    @Inject
    ParticipationLimits limits;

    @Inject
    CurrentCaller caller;

    @Inject
    CurrentLanguage language;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Object model(DraftView draft, MultivaluedMap<String, String> query) {
        // Anonymous readers of a popular draft share the whole rendered page for a moment
        // (platform.web.AnonymousPages), so every view here reads afresh.
        return model(draft, query, null, null, null);
    }

    /** The model, with a refused form's text and messages when there are any. */
    ParticipationModel model(
            DraftView draft, MultivaluedMap<String, String> query, String formFor, String text, FormErrors errors) {
        Language lang = language.get();
        if (draft.status() == DraftStatus.UNPUBLISHED) {
            return null;
        }
        String notice = query.getFirst("done");
        CommentThreads.Overview overview = overview(draft, query, lang);
        return new ParticipationModel(
                draft.number(),
                draft.status() == DraftStatus.OPEN,
                caller.get().isPresent(),
                overview.votes(),
                overview.countsByClause(),
                overview.comments(),
                limits.maxLength(),
                formFor,
                text,
                errors,
                notice != null && NOTICES.contains(notice) ? notice : null);
    }

    private CommentThreads.Overview overview(DraftView draft, MultivaluedMap<String, String> query, Language lang) {
        // The page has read the current version already; an older version's page reads the current one.
        PublicDraft current = draft.currentPublicDraft().orElseGet(() -> drafts.publicDraft(draft.number(), lang));
        try {
            int page = Integer.parseInt(
                    query.getFirst("comments") == null
                            ? "1"
                            : query.getFirst("comments").trim());
            return comments.overview(
                    current, query.getFirst("clause"), Math.max(1, page), PAGE_SIZE, query.getFirst("sort"), lang);
        } catch (NumberFormatException | AppException badQuery) {
            return comments.overview(current, null, 1, PAGE_SIZE, "newest", lang);
        }
    }
}
