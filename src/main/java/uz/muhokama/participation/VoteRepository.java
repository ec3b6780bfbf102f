package uz.muhokama.participation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import uz.muhokama.platform.security.Caller;

/**
 * Votes. Each write is its own short transaction so that a lost race on the one-vote-per-person
 * constraint can be retried as a change instead of failing the request.
 */
@ApplicationScoped
class VoteRepository {

    /** The column holds the enum's name (@Enumerated STRING). */
    private static final String COUNTS = "SELECT SUM(CASE WHEN choice = '" + VoteChoice.SUPPORT.name()
            + "' THEN 1 ELSE 0 END), " + "SUM(CASE WHEN choice = '" + VoteChoice.OPPOSE.name()
            + "' THEN 1 ELSE 0 END) FROM vote WHERE draft_id = ?";

    @PersistenceContext(unitName = "muhokama")
    EntityManager em;

    /** Changes an existing vote; false if the person has none on this draft yet. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean change(long draftId, long accountId, VoteChoice choice, Instant now) {
        return em.createQuery("UPDATE Vote v SET v.choice = :choice, v.changedAt = :now "
                                + "WHERE v.draftId = :draft AND v.accountId = :account")
                        .setParameter("choice", choice)
                        .setParameter("now", now)
                        .setParameter("draft", draftId)
                        .setParameter("account", accountId)
                        .executeUpdate()
                > 0;
    }

    /** Inserts a first vote; fails with a unique violation if another request inserted it first. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void insert(long draftId, long accountId, VoteChoice choice, Instant now) {
        em.persist(new Vote(draftId, accountId, choice, now));
        em.flush();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean remove(long draftId, long accountId) {
        return em.createQuery("DELETE FROM Vote v WHERE v.draftId = :draft AND v.accountId = :account")
                        .setParameter("draft", draftId)
                        .setParameter("account", accountId)
                        .executeUpdate()
                > 0;
    }

    /** The public counts and, for a signed-in caller, their own vote. */
    public VoteTally tallyFor(long draftId, Caller caller) {
        Map<VoteChoice, Long> counts = counts(draftId);
        String mine = caller == null
                ? null
                : of(draftId, caller.accountId()).map(Enum::name).orElse(null);
        return new VoteTally(counts.get(VoteChoice.SUPPORT), counts.get(VoteChoice.OPPOSE), mine);
    }

    public Map<VoteChoice, Long> counts(long draftId) {
        // Both counts in one row, without GROUP BY: for a grouped query Derby opens a sorter, buffers
        // and all, even when the draft has no votes, and this runs on every view of a draft page. Native
        // SQL with the id bound: written in JPQL, the same query had Derby compile a new statement on
        // every view (a JFR profile, docs/benchmarks.md).
        Object[] row =
                (Object[]) em.createNativeQuery(COUNTS).setParameter(1, draftId).getSingleResult();
        Map<VoteChoice, Long> counts = new EnumMap<>(VoteChoice.class);
        counts.put(VoteChoice.SUPPORT, count(row[0]));
        counts.put(VoteChoice.OPPOSE, count(row[1]));
        return counts;
    }

    /** A sum over no rows is NULL; Derby sums integers as INTEGER, PostgreSQL as BIGINT. */
    private static long count(Object sum) {
        return sum == null ? 0 : ((Number) sum).longValue();
    }

    public Optional<VoteChoice> of(long draftId, long accountId) {
        return em
                .createQuery(
                        "SELECT v.choice FROM Vote v WHERE v.draftId = :draft AND v.accountId = :account",
                        VoteChoice.class)
                .setParameter("draft", draftId)
                .setParameter("account", accountId)
                .getResultList()
                .stream()
                .findFirst();
    }
}
