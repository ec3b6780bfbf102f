package uz.muhokama.decision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * Published summaries and their decisions, for features that count them (statistics). Decisions are
 * counted once their summary is published: until then the agency may still change them.
 */
@ApplicationScoped
public class DecisionActivity {

    /** A summary made public: which draft's, and when. */
    public record Published(long draftId, Instant at) {}

    /** The decision on one proposal (known by its earliest comment): accepted, partly accepted or rejected. */
    public record Decided(long proposalId, boolean accepted, boolean partlyAccepted, boolean rejected) {}

    /** A decision as the published summary shows it. */
    public record PublishedDecision(
            long id,
            long draftId,
            long proposalId,
            String clause,
            String text,
            long comments,
            String decision,
            String reason,
            Instant decidedAt) {}

    /** A published summary's counts. */
    public record PublishedSummary(
            long draftId, long accepted, long partlyAccepted, long rejected, Instant publishedAt) {}

    @PersistenceContext(unitName = "muhokama")
    EntityManager em;

    /** The summaries published at or after {@code since}, oldest first. */
    @Transactional
    public List<Published> publishedSince(Instant since) {
        return em
                .createQuery(
                        "SELECT s.draftId, s.publishedAt FROM DiscussionSummary s WHERE s.publishedAt >= :since "
                                + "ORDER BY s.publishedAt, s.draftId",
                        Object[].class)
                .setParameter("since", since)
                .getResultList()
                .stream()
                .map(r -> new Published((Long) r[0], (Instant) r[1]))
                .toList();
    }

    /** Every decision of a draft's published summary; none before it is published. */
    @Transactional
    public List<Decided> decisionsOf(long draftId) {
        if (em.find(DiscussionSummary.class, draftId) == null) {
            return List.of();
        }
        return em
                .createQuery(
                        "SELECT d.proposalId, d.decision FROM ProposalDecision d WHERE d.draftId = :draft",
                        Object[].class)
                .setParameter("draft", draftId)
                .getResultList()
                .stream()
                .map(r -> {
                    Decision decision = (Decision) r[1];
                    return new Decided(
                            (Long) r[0],
                            decision == Decision.ACCEPTED,
                            decision == Decision.PARTLY_ACCEPTED,
                            decision == Decision.REJECTED);
                })
                .toList();
    }

    /** Decisions of published summaries with an id above {@code afterId}, in id order, at most {@code max}; of one draft when given. */
    @Transactional
    public List<PublishedDecision> publishedDecisionsAfter(long afterId, int max, Long draftId) {
        var query = em.createQuery(
                        "SELECT d.id, d.draftId, d.proposalId, d.clauseNumber, d.text, d.comments, d.decision, d.reason, "
                                + "d.decidedAt FROM ProposalDecision d WHERE d.id > :after "
                                + (draftId == null ? "" : "AND d.draftId = :draft ")
                                + "AND EXISTS (SELECT s.draftId FROM DiscussionSummary s WHERE s.draftId = d.draftId) ORDER BY d.id",
                        Object[].class)
                .setParameter("after", afterId)
                .setMaxResults(max);
        if (draftId != null) {
            query.setParameter("draft", draftId);
        }
        return query.getResultList().stream()
                .map(r -> new PublishedDecision(
                        (Long) r[0],
                        (Long) r[1],
                        (Long) r[2],
                        (String) r[3],
                        (String) r[4],
                        (Long) r[5],
                        ((Decision) r[6]).code(),
                        (String) r[7],
                        (Instant) r[8]))
                .toList();
    }

    /** Published summaries of drafts with an id above {@code afterDraftId}, in draft order, at most {@code max}. */
    @Transactional
    public List<PublishedSummary> summariesAfter(long afterDraftId, int max) {
        return em
                .createQuery(
                        "SELECT s FROM DiscussionSummary s WHERE s.draftId > :after ORDER BY s.draftId",
                        DiscussionSummary.class)
                .setParameter("after", afterDraftId)
                .setMaxResults(max)
                .getResultList()
                .stream()
                .map(s -> new PublishedSummary(
                        s.draftId(), s.accepted(), s.partlyAccepted(), s.rejected(), s.publishedAt()))
                .toList();
    }
}
