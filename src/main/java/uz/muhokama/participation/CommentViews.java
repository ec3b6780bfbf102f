package uz.muhokama.participation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uz.muhokama.draft.DraftView;
import uz.muhokama.draft.PublicDraft;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.security.Caller;
import uz.muhokama.reference.ReferenceCatalog;
import uz.muhokama.reference.ReferenceList;

/**
 * A stored comment as a reader sees it: its clause under the current version's number (and whether
 * that clause changed or went since), the author's region by name, the text only while visible, and
 * whether the reader may still edit it. Writing (the comment just stored comes back) and reading (the
 * lists) both go through here, so a comment looks the same wherever it is shown.
 */
@ApplicationScoped
class CommentViews {

    @Inject
    ParticipationLimits limits;

    @Inject
    ReferenceCatalog reference;

    /** One comment with no replies, as the writer gets it back. */
    CommentView of(Comment comment, PublicDraft draft, Caller caller, Instant now, Language language) {
        return view(comment, draft, List.of(), caller, now, language);
    }

    /** Top-level comments, each with its replies. */
    List<CommentView> of(
            List<Comment> list,
            PublicDraft draft,
            Map<Long, List<Comment>> replies,
            Caller caller,
            Instant now,
            Language language) {
        return list.stream()
                .map(c -> view(c, draft, replies.getOrDefault(c.id(), List.of()), caller, now, language))
                .toList();
    }

    private CommentView view(
            Comment c, PublicDraft draft, List<Comment> replies, Caller caller, Instant now, Language language) {
        String clause = c.clauseNumber();
        boolean changed = false;
        boolean removed = false;
        if (c.clauseKey() != null) {
            var current = draft.clauseKeyed(c.clauseKey());
            removed = current.isEmpty();
            clause = current.map(DraftView.ClauseView::number).orElse(c.clauseNumber());
            changed =
                    current.map(cl -> c.clauseChangedSince(ClauseDigest.of(cl))).orElse(false);
        }
        boolean mine = caller != null && caller.accountId() == c.authorId();
        boolean editable = mine
                && c.state() == CommentState.VISIBLE
                && !now.isAfter(c.createdAt().plus(limits.editWindow()));
        String state = c.state().name().toLowerCase(Locale.ROOT);
        return new CommentView(
                c.id(),
                clause,
                changed,
                removed,
                c.parentId(),
                new CommentView.Author(
                        c.authorName(),
                        c.authorRegion() == null
                                ? null
                                : reference
                                        .find(ReferenceList.REGIONS, c.authorRegion(), language)
                                        .orElse(null)),
                c.state() == CommentState.VISIBLE ? c.text() : null,
                state,
                c.createdAt(),
                c.editedAt(),
                mine,
                editable,
                replies.stream()
                        .map(r -> view(r, draft, List.of(), caller, now, language))
                        .toList());
    }
}
