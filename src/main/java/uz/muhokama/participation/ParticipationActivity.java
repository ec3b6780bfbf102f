package uz.muhokama.participation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uz.muhokama.platform.persistence.IdBatches;

/**
 * Comments and votes as a stream of what was done, for features that count them (statistics): rows
 * after a position, in id order, a batch at a time, with only the columns a count needs. Every
 * comment ever written is in the stream, whatever became of it later; a withdrawn vote is gone.
 */
@ApplicationScoped
public class ParticipationActivity {

    /** One comment written or vote cast: by whom (their region then, if known), on which draft, when. */
    public record Act(long id, long draftId, long accountId, String region, Instant at) {}

    /** A comment as the public sees it: shown, not withdrawn or hidden; its author known only by id (the caller makes a pseudonym). */
    public record PublicComment(
            long id,
            long draftId,
            String clause,
            Long replyTo,
            long authorId,
            String region,
            Instant writtenAt,
            Instant editedAt,
            String text) {}

    /** The votes standing on one draft. */
    public record DraftVotes(long draftId, long support, long oppose) {}

    @PersistenceContext(unitName = "muhokama")
    EntityManager em;

    /** Comments with an id above {@code afterId}, oldest first, at most {@code max}. */
    @Transactional
    public List<Act> commentsAfter(long afterId, int max) {
        return em
                .createQuery(
                        "SELECT c.id, c.draftId, c.authorId, c.authorRegion, c.createdAt FROM Comment c "
                                + "WHERE c.id > :after ORDER BY c.id",
                        Object[].class)
                .setParameter("after", afterId)
                .setMaxResults(max)
                .getResultList()
                .stream()
                .map(r -> new Act((Long) r[0], (Long) r[1], (Long) r[2], (String) r[3], (Instant) r[4]))
                .toList();
    }

    /** Votes standing now with an id above {@code afterId}, oldest first, at most {@code max}; the region is not kept on votes. */
    @Transactional
    public List<Act> votesAfter(long afterId, int max) {
        return em
                .createQuery(
                        "SELECT v.id, v.draftId, v.accountId, v.castAt FROM Vote v WHERE v.id > :after ORDER BY v.id",
                        Object[].class)
                .setParameter("after", afterId)
                .setMaxResults(max)
                .getResultList()
                .stream()
                .map(r -> new Act((Long) r[0], (Long) r[1], (Long) r[2], null, (Instant) r[3]))
                .toList();
    }

    /**
     * Comments the public sees, with an id above {@code afterId}, oldest first, at most {@code max};
     * of one draft when {@code draftId} is not null, written within [{@code from}, {@code to}) when given.
     */
    @Transactional
    public List<PublicComment> shownAfter(long afterId, int max, Long draftId, Instant from, Instant to) {
        String where = "c.id > :after AND c.state = :shown" + (draftId == null ? "" : " AND c.draftId = :draft")
                + (from == null ? "" : " AND c.createdAt >= :from AND c.createdAt < :to");
        var query = em.createQuery(
                        "SELECT c.id, c.draftId, c.clauseNumber, c.parentId, c.authorId, c.authorRegion, c.createdAt, "
                                + "c.editedAt, c.text FROM Comment c WHERE " + where + " ORDER BY c.id",
                        Object[].class)
                .setParameter("after", afterId)
                .setParameter("shown", CommentState.VISIBLE)
                .setMaxResults(max);
        if (draftId != null) {
            query.setParameter("draft", draftId);
        }
        if (from != null) {
            query.setParameter("from", from).setParameter("to", to);
        }
        return query.getResultList().stream()
                .map(r -> new PublicComment(
                        (Long) r[0],
                        (Long) r[1],
                        (String) r[2],
                        (Long) r[3],
                        (Long) r[4],
                        (String) r[5],
                        (Instant) r[6],
                        (Instant) r[7],
                        (String) r[8]))
                .toList();
    }

    /** The votes standing on drafts with an id above {@code afterDraftId}, by draft in id order, at most {@code max} drafts. */
    @Transactional
    public List<DraftVotes> votesByDraftAfter(long afterDraftId, int max) {
        return em
                .createQuery(
                        "SELECT v.draftId, SUM(CASE WHEN v.choice = :support THEN 1 ELSE 0 END), "
                                + "SUM(CASE WHEN v.choice = :oppose THEN 1 ELSE 0 END) FROM Vote v WHERE v.draftId > :after "
                                + "GROUP BY v.draftId ORDER BY v.draftId",
                        Object[].class)
                .setParameter("support", VoteChoice.SUPPORT)
                .setParameter("oppose", VoteChoice.OPPOSE)
                .setParameter("after", afterDraftId)
                .setMaxResults(max)
                .getResultList()
                .stream()
                .map(r -> new DraftVotes((Long) r[0], ((Number) r[1]).longValue(), ((Number) r[2]).longValue()))
                .toList();
    }

    /** The region the author of each of these comments gave when writing it (absent when none was given). */
    @Transactional
    public Map<Long, String> authorRegions(Collection<Long> commentIds) {
        Map<Long, String> regions = new HashMap<>();
        for (List<Long> batch : IdBatches.of(commentIds)) {
            em.createQuery(
                            "SELECT c.id, c.authorRegion FROM Comment c WHERE c.id IN :ids AND c.authorRegion IS NOT NULL",
                            Object[].class)
                    .setParameter("ids", batch)
                    .getResultList()
                    .forEach(r -> regions.put((Long) r[0], (String) r[1]));
        }
        return regions;
    }
}
