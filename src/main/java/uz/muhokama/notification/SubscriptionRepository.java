package uz.muhokama.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import uz.muhokama.platform.error.InvalidInput;

/** What people follow. */
@ApplicationScoped
class SubscriptionRepository {

    @PersistenceContext(unitName = "muhokama")
    EntityManager em;

    /** A follow and whether this call made it (false: the person followed it already). */
    record Followed(Subscription follow, boolean created) {}

    /**
     * The person's follow of {@code key}: the one they have, or a new one while they follow fewer than
     * {@code max} things. Two requests at once may both find none; the unique key then refuses the second
     * insert, and the caller runs this again, which finds the first ({@code TransientFailures.retryRaces}).
     */
    @Transactional
    public Followed follow(long accountId, FollowKey key, Instant now, int max) {
        Optional<Subscription> existing = find(accountId, key);
        if (existing.isPresent()) {
            return new Followed(existing.get(), false);
        }
        long count = em.createQuery("SELECT COUNT(s) FROM Subscription s WHERE s.accountId = :account", Long.class)
                .setParameter("account", accountId)
                .getSingleResult();
        if (count >= max) {
            throw new InvalidInput("target", "notification.follow.too-many", max);
        }
        Subscription follow = new Subscription(accountId, key, now);
        em.persist(follow);
        em.flush();
        return new Followed(follow, true);
    }

    /** The person's follow of {@code key}, if they follow it. */
    @Transactional
    public Optional<Subscription> find(long accountId, FollowKey key) {
        return em
                .createQuery(
                        "SELECT s FROM Subscription s WHERE s.accountId = :account AND s.target = :target "
                                + "AND s.targetKey = :key",
                        Subscription.class)
                .setParameter("account", accountId)
                .setParameter("target", key.target())
                .setParameter("key", key.key())
                .getResultList()
                .stream()
                .findFirst();
    }

    /** The person's follows, oldest first. */
    @Transactional
    public List<Subscription> of(long accountId) {
        return em.createQuery(
                        "SELECT s FROM Subscription s WHERE s.accountId = :account ORDER BY s.id", Subscription.class)
                .setParameter("account", accountId)
                .getResultList();
    }

    /** Removes the person's follow {@code id}; false when they have no such follow (someone else's included). */
    @Transactional
    public boolean remove(long accountId, long id) {
        Subscription follow = em.find(Subscription.class, id);
        if (follow == null || follow.accountId() != accountId) {
            return false;
        }
        em.remove(follow);
        return true;
    }
}
