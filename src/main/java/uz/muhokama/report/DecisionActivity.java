package uz.muhokama.report;

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

    @PersistenceContext(unitName = "muhokama")
    EntityManager em;

    /** The summaries published at or after {@code since}, oldest first. */
    @Transactional
    public List<Published> publishedSince(Instant since) {
        return em.createQuery("SELECT s.draftId, s.publishedAt FROM DiscussionSummary s WHERE s.publishedAt >= :since "
                        + "ORDER BY s.publishedAt, s.draftId", Object[].class)
                .setParameter("since", since).getResultList().stream()
                .map(r -> new Published((Long) r[0], (Instant) r[1])).toList();
    }

    /** Every decision of a draft's published summary; none before it is published. */
    @Transactional
    public List<Decided> decisionsOf(long draftId) {
        if (em.find(DiscussionSummary.class, draftId) == null) {
            return List.of();
        }
        return em.createQuery("SELECT d.proposalId, d.decision FROM ProposalDecision d WHERE d.draftId = :draft", Object[].class)
                .setParameter("draft", draftId).getResultList().stream()
                .map(r -> {
                    Decision decision = (Decision) r[1];
                    return new Decided((Long) r[0], decision == Decision.ACCEPTED, decision == Decision.PARTLY_ACCEPTED,
                            decision == Decision.REJECTED);
                }).toList();
    }
}
