package uz.muhokama.decision;

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

/** Decisions on proposals, published summaries and the authors they concern. */
@ApplicationScoped
class DecisionRepository {

    @PersistenceContext(unitName = "muhokama")
    EntityManager em;

    public void add(ProposalDecision decision) {
        em.persist(decision);
    }

    public void add(DiscussionSummary summary) {
        em.persist(summary);
        em.flush();
    }

    /** Records who the draft's proposals came from, as the summary is published (their profile pages list it). */
    public void addAuthors(long draftId, Collection<Long> accountIds) {
        List<Long> all = List.copyOf(accountIds);
        for (int from = 0; from < all.size(); from += 100) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + 100));
            StringBuilder sql = new StringBuilder("INSERT INTO summary_author (draft_id, account_id) VALUES ");
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "(?, ?)" : ", (?, ?)");
            }
            var insert = em.createNativeQuery(sql.toString());
            for (int i = 0; i < chunk.size(); i++) {
                insert.setParameter(2 * i + 1, draftId);
                insert.setParameter(2 * i + 2, chunk.get(i));
            }
            insert.executeUpdate();
        }
    }

    /** Decisions on some of a draft's proposals, by proposal id. */
    public Map<Long, ProposalDecision> of(long draftId, Collection<Long> proposalIds) {
        Map<Long, ProposalDecision> found = new HashMap<>();
        if (!proposalIds.isEmpty()) {
            em.createQuery(
                            "SELECT d FROM ProposalDecision d WHERE d.draftId = :draft AND d.proposalId IN :ids",
                            ProposalDecision.class)
                    .setParameter("draft", draftId)
                    .setParameter("ids", proposalIds)
                    .getResultList()
                    .forEach(d -> found.put(d.proposalId(), d));
        }
        return found;
    }

    /** A page of a draft's decisions in proposal order (newest proposal first, as the report lists them). */
    public List<ProposalDecision> page(long draftId, int first, int max) {
        return em.createQuery(
                        "SELECT d FROM ProposalDecision d WHERE d.draftId = :draft ORDER BY d.proposalId DESC",
                        ProposalDecision.class)
                .setParameter("draft", draftId)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    /** The decisions after a proposal id in that order, for exports that walk them all. */
    public List<ProposalDecision> before(long draftId, long beforeProposalId, int max) {
        return em.createQuery(
                        "SELECT d FROM ProposalDecision d WHERE d.draftId = :draft AND d.proposalId < :before "
                                + "ORDER BY d.proposalId DESC",
                        ProposalDecision.class)
                .setParameter("draft", draftId)
                .setParameter("before", beforeProposalId)
                .setMaxResults(max)
                .getResultList();
    }

    /**
     * Stores a page's or the API's few decisions with JPA (a workbook's many go through
     * {@link DecisionBulk}), replacing earlier ones; the persistence context is emptied afterwards.
     */
    public void store(long draftId, List<DecisionBulk.Row> rows, Instant now, long decidedBy) {
        Map<Long, ProposalDecision> existing =
                of(draftId, rows.stream().map(r -> r.proposal().id()).toList());
        for (DecisionBulk.Row row : rows) {
            ProposalDecision pd = existing.get(row.proposal().id());
            if (pd == null) {
                add(new ProposalDecision(draftId, row.proposal(), row.decision(), row.reason(), now, decidedBy));
            } else {
                pd.decide(row.proposal(), row.decision(), row.reason(), now, decidedBy);
            }
        }
        em.flush();
        em.clear();
    }

    /** How many of a draft's proposals are decided each way. */
    public SummaryView.Counts summaryCounts(long draftId) {
        Map<Decision, Long> counts = counts(draftId);
        return new SummaryView.Counts(
                counts.get(Decision.ACCEPTED), counts.get(Decision.PARTLY_ACCEPTED), counts.get(Decision.REJECTED));
    }

    public Map<Decision, Long> counts(long draftId) {
        Map<Decision, Long> counts = new EnumMap<>(Decision.class);
        for (Decision d : Decision.values()) {
            counts.put(d, 0L);
        }
        em.createQuery(
                        "SELECT d.decision, COUNT(d.id) FROM ProposalDecision d WHERE d.draftId = :draft GROUP BY d.decision",
                        Object[].class)
                .setParameter("draft", draftId)
                .getResultList()
                .forEach(r -> counts.put((Decision) r[0], ((Number) r[1]).longValue()));
        return counts;
    }

    public void removeAllBut(long draftId, Collection<Long> keep) {
        List<Long> stale = em
                .createQuery("SELECT d.proposalId FROM ProposalDecision d WHERE d.draftId = :draft", Long.class)
                .setParameter("draft", draftId)
                .getResultList()
                .stream()
                .filter(id -> !keep.contains(id))
                .toList();
        for (int from = 0; from < stale.size(); from += 500) {
            em.createQuery("DELETE FROM ProposalDecision d WHERE d.draftId = :draft AND d.proposalId IN :ids")
                    .setParameter("draft", draftId)
                    .setParameter("ids", stale.subList(from, Math.min(stale.size(), from + 500)))
                    .executeUpdate();
        }
    }

    public Optional<DiscussionSummary> summary(long draftId) {
        return Optional.ofNullable(em.find(DiscussionSummary.class, draftId));
    }

    // --- authors

    /** The drafts, newest first (at most 50), whose published summary decided on the person's proposals. */
    public List<Long> decidedDrafts(long accountId) {
        List<?> ids = em.createNativeQuery(
                        "SELECT draft_id FROM summary_author WHERE account_id = ? ORDER BY draft_id DESC")
                .setParameter(1, accountId)
                .setMaxResults(50)
                .getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }
}
