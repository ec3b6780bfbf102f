package uz.muhokama.participation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Votes. Each write is its own short transaction so that a lost race on the one-vote-per-person
 * constraint can be retried as a change instead of failing the request.
 */
@ApplicationScoped
public class VoteRepository {

    @PersistenceContext(unitName = "muhokama")
    EntityManager em;

    /** Changes an existing vote; false if the person has none on this draft yet. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean change(long draftId, long accountId, VoteChoice choice, Instant now) {
        return em.createQuery("UPDATE Vote v SET v.choice = :choice, v.changedAt = :now "
                        + "WHERE v.draftId = :draft AND v.accountId = :account")
                .setParameter("choice", choice).setParameter("now", now)
                .setParameter("draft", draftId).setParameter("account", accountId).executeUpdate() > 0;
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
                .setParameter("draft", draftId).setParameter("account", accountId).executeUpdate() > 0;
    }

    /** The public counts and, for a signed-in caller, their own vote. */
    public VoteTally tallyFor(long draftId, uz.muhokama.platform.security.Caller caller) {
        Map<VoteChoice, Long> counts = counts(draftId);
        String mine = caller == null ? null : of(draftId, caller.accountId()).map(Enum::name).orElse(null);
        return new VoteTally(counts.get(VoteChoice.SUPPORT), counts.get(VoteChoice.OPPOSE), mine);
    }

    public Map<VoteChoice, Long> counts(long draftId) {
        Map<VoteChoice, Long> counts = new EnumMap<>(VoteChoice.class);
        for (VoteChoice choice : VoteChoice.values()) {
            counts.put(choice, 0L);
        }
        em.createQuery("SELECT v.choice, COUNT(v.id) FROM Vote v WHERE v.draftId = :draft GROUP BY v.choice", Object[].class)
                .setParameter("draft", draftId).getResultList()
                .forEach(r -> counts.put((VoteChoice) r[0], (Long) r[1]));
        return counts;
    }

    public Optional<VoteChoice> of(long draftId, long accountId) {
        return em.createQuery("SELECT v.choice FROM Vote v WHERE v.draftId = :draft AND v.accountId = :account", VoteChoice.class)
                .setParameter("draft", draftId).setParameter("account", accountId).getResultList().stream().findFirst();
    }
}
