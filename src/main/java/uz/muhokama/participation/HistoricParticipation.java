package uz.muhokama.participation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import uz.muhokama.account.AccountService;
import uz.muhokama.draft.DraftService;
import uz.muhokama.draft.PublicDraft;
import uz.muhokama.platform.i18n.Language;

/**
 * Records comments and votes given earlier or elsewhere, with their own dates and authors: the old
 * portal's discussions when its data is taken over, and the demo's. Nothing here asks whether the
 * discussion is open now or how often a person may write, as taking part does; it writes what happened.
 * Authors are known by the e-mail of their account here. {@link #recountComments} makes the draft's count
 * match once its comments are in.
 */
@ApplicationScoped
public class HistoricParticipation {

    @PersistenceContext(unitName = "muhokama")
    EntityManager em;

    @Inject
    CommentRepository comments;

    @Inject
    DraftService drafts;

    @Inject
    AccountService accounts;

    /**
     * A comment written at {@code at}: on the clause numbered {@code clauseNumber}, on the draft as a whole
     * ({@code null}), or, with {@code replyTo}, in reply to an earlier comment (on that one's clause); its id.
     */
    @Transactional
    public long recordComment(
            String draftNumber, String clauseNumber, Long replyTo, String authorEmail, Instant at, String text) {
        PublicDraft draft = drafts.publicDraft(draftNumber, Language.UZ);
        AccountService.Author author = accounts.authorByEmail(authorEmail).orElseThrow();
        Comment parent = replyTo == null ? null : comments.find(replyTo).orElseThrow();
        CommentTarget target = parent != null
                ? (parent.clauseKey() == null
                        ? null
                        : new CommentTarget(
                                parent.clauseKey(),
                                parent.clauseNumber(),
                                draft.clauseKeyed(parent.clauseKey())
                                        .map(ClauseDigest::of)
                                        .orElse(null)))
                : draft.clauseNumbered(clauseNumber)
                        .map(c -> new CommentTarget(c.key(), c.number(), ClauseDigest.of(c)))
                        .orElse(null);
        return comments.add(new Comment(
                        draft.id(),
                        draft.version(),
                        target,
                        parent == null ? null : parent.id(),
                        new Comment.Author(author.id(), author.fullName(), author.regionCode()),
                        text,
                        at))
                .id();
    }

    /** A vote given at {@code at} by the person with this e-mail. */
    @Transactional
    public void recordVote(String draftNumber, String voterEmail, VoteChoice choice, Instant at) {
        long draftId = drafts.publicDraft(draftNumber, Language.UZ).id();
        em.persist(new Vote(
                draftId, accounts.authorByEmail(voterEmail).orElseThrow().id(), choice, at));
    }

    /** The draft's count of visible comments, after its comments were recorded. */
    @Transactional
    public void recountComments(String draftNumber) {
        em.flush();
        long draftId = drafts.publicDraft(draftNumber, Language.UZ).id();
        drafts.recordCommentCounts(comments.visibleCounts(List.of(draftId)));
    }
}
