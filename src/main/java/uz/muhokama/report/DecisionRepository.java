package uz.muhokama.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Decisions on proposals, published summaries and the notices to authors. */
@ApplicationScoped
public class DecisionRepository {

    @PersistenceContext(unitName = "muhokama")
    EntityManager em;

    public void add(ProposalDecision decision) {
        em.persist(decision);
    }

    public void add(DiscussionSummary summary) {
        em.persist(summary);
        em.flush();
    }

    public void add(DecisionNotice notice) {
        em.persist(notice);
    }

    /** Decisions on some of a draft's proposals, by proposal id. */
    public Map<Long, ProposalDecision> of(long draftId, Collection<Long> proposalIds) {
        Map<Long, ProposalDecision> found = new HashMap<>();
        if (!proposalIds.isEmpty()) {
            em.createQuery("SELECT d FROM ProposalDecision d WHERE d.draftId = :draft AND d.proposalId IN :ids", ProposalDecision.class)
                    .setParameter("draft", draftId).setParameter("ids", proposalIds).getResultList()
                    .forEach(d -> found.put(d.proposalId(), d));
        }
        return found;
    }

    /** A page of a draft's decisions in proposal order (newest proposal first, as the report lists them). */
    public List<ProposalDecision> page(long draftId, int first, int max) {
        return em.createQuery("SELECT d FROM ProposalDecision d WHERE d.draftId = :draft ORDER BY d.proposalId DESC",
                        ProposalDecision.class)
                .setParameter("draft", draftId).setFirstResult(first).setMaxResults(max).getResultList();
    }

    /** The decisions after a proposal id in that order, for exports that walk them all. */
    public List<ProposalDecision> before(long draftId, long beforeProposalId, int max) {
        return em.createQuery("SELECT d FROM ProposalDecision d WHERE d.draftId = :draft AND d.proposalId < :before "
                        + "ORDER BY d.proposalId DESC", ProposalDecision.class)
                .setParameter("draft", draftId).setParameter("before", beforeProposalId).setMaxResults(max).getResultList();
    }

    public Map<Decision, Long> counts(long draftId) {
        Map<Decision, Long> counts = new EnumMap<>(Decision.class);
        for (Decision d : Decision.values()) {
            counts.put(d, 0L);
        }
        em.createQuery("SELECT d.decision, COUNT(d.id) FROM ProposalDecision d WHERE d.draftId = :draft GROUP BY d.decision",
                        Object[].class)
                .setParameter("draft", draftId).getResultList().forEach(r -> counts.put((Decision) r[0], ((Number) r[1]).longValue()));
        return counts;
    }

    public void removeAllBut(long draftId, Collection<Long> keep) {
        List<Long> stale = em.createQuery("SELECT d.proposalId FROM ProposalDecision d WHERE d.draftId = :draft", Long.class)
                .setParameter("draft", draftId).getResultList().stream().filter(id -> !keep.contains(id)).toList();
        for (int from = 0; from < stale.size(); from += 500) {
            em.createQuery("DELETE FROM ProposalDecision d WHERE d.draftId = :draft AND d.proposalId IN :ids")
                    .setParameter("draft", draftId).setParameter("ids", stale.subList(from, Math.min(stale.size(), from + 500)))
                    .executeUpdate();
        }
    }

    public Optional<DiscussionSummary> summary(long draftId) {
        return Optional.ofNullable(em.find(DiscussionSummary.class, draftId));
    }

    // --- notices

    public List<Long> noticedDrafts(long accountId) {
        return em.createQuery("SELECT n.draftId FROM DecisionNotice n WHERE n.accountId = :account ORDER BY n.id DESC", Long.class)
                .setParameter("account", accountId).setMaxResults(50).getResultList();
    }

    public List<Long> claimableNotices(Instant now, Instant stale, int limit, Long onlyDraft) {
        return em.createQuery("SELECT n.id FROM DecisionNotice n WHERE ((n.state IN :retry AND n.nextAttemptAt <= :now) "
                        + "OR (n.state = :running AND n.claimedAt < :stale))" + (onlyDraft == null ? "" : " AND n.draftId = " + onlyDraft)
                        + " ORDER BY n.id", Long.class)
                .setParameter("retry", List.of(ReportDelivery.State.PENDING.name(), ReportDelivery.State.FAILED.name()))
                .setParameter("now", now).setParameter("running", ReportDelivery.State.RUNNING.name()).setParameter("stale", stale)
                .setMaxResults(limit).getResultList();
    }

    public Optional<DecisionNotice> claimNotice(long id, String by, Instant now, Instant stale) {
        int changed = em.createQuery("UPDATE DecisionNotice n SET n.state = :running, n.claimedBy = :by, n.claimedAt = :now, "
                        + "n.attempts = n.attempts + 1 WHERE n.id = :id AND ((n.state IN :retry AND n.nextAttemptAt <= :now) "
                        + "OR (n.state = :running AND n.claimedAt < :stale))")
                .setParameter("running", ReportDelivery.State.RUNNING.name()).setParameter("by", by).setParameter("now", now)
                .setParameter("id", id)
                .setParameter("retry", List.of(ReportDelivery.State.PENDING.name(), ReportDelivery.State.FAILED.name()))
                .setParameter("stale", stale).executeUpdate();
        return changed == 1 ? Optional.ofNullable(em.find(DecisionNotice.class, id)) : Optional.empty();
    }

    public void noticeDone(long id, String by, Instant now) {
        em.createQuery("UPDATE DecisionNotice n SET n.state = :done, n.doneAt = :now, n.lastError = NULL, n.claimedBy = NULL, "
                        + "n.claimedAt = NULL WHERE n.id = :id AND n.claimedBy = :by")
                .setParameter("done", ReportDelivery.State.DONE.name()).setParameter("now", now).setParameter("id", id)
                .setParameter("by", by).executeUpdate();
    }

    public void noticeFailed(long id, String by, String error, Instant next) {
        em.createQuery("UPDATE DecisionNotice n SET n.state = :failed, n.lastError = :error, n.nextAttemptAt = :next, "
                        + "n.claimedBy = NULL, n.claimedAt = NULL WHERE n.id = :id AND n.claimedBy = :by")
                .setParameter("failed", ReportDelivery.State.FAILED.name()).setParameter("error", error).setParameter("next", next)
                .setParameter("id", id).setParameter("by", by).executeUpdate();
    }
}
