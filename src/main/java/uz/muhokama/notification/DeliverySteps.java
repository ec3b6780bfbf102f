package uz.muhokama.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uz.muhokama.platform.claim.ClaimQueue;
import uz.muhokama.platform.persistence.IdBatches;

/**
 * The delivery queue's database steps, each its own short transaction: finding due deliveries, claims,
 * renewals with the count sent, outcomes, and making a digest slot's rows.
 */
@ApplicationScoped
class DeliverySteps {

    @Inject
    ClaimQueue queue;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "muhokama")
    EntityManager em;

    /** Due deliveries of some kinds, oldest first. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> due(int limit, Set<NotificationDelivery.Kind> kinds) {
        return queue.of(NotificationDelivery.class)
                .due(limit, (cb, query, row) -> row.get("kind").in(kinds));
    }

    /** Due digest deliveries of one slot, oldest first. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> due(int limit, Set<NotificationDelivery.Kind> kinds, DigestSlot slot) {
        return queue.of(NotificationDelivery.class)
                .due(
                        limit,
                        (cb, query, row) ->
                                cb.and(row.get("kind").in(kinds), cb.equal(row.get("workKey"), slot.key())));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<NotificationDelivery> claim(long id, String by) {
        return queue.of(NotificationDelivery.class).claim(id, by);
    }

    /** Renews the claim after a page, adding what it sent; false when the claim was taken over (stop). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean progress(long id, String by, int sent) {
        return queue.of(NotificationDelivery.class)
                .held(id, by)
                .map(d -> {
                    d.claim().renew(by, clock.instant());
                    d.sent(sent);
                    return true;
                })
                .orElse(false);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean done(long id, String by) {
        return queue.of(NotificationDelivery.class).succeed(id, by);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean failed(long id, String by, String error) {
        return queue.of(NotificationDelivery.class).fail(id, by, error);
    }

    /** The events of some ids, detached (read for their texts and whether they were cancelled). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Map<Long, NotificationEvent> events(Collection<Long> ids) {
        Map<Long, NotificationEvent> found = new HashMap<>();
        for (List<Long> batch : IdBatches.of(ids)) {
            em.createQuery("SELECT e FROM NotificationEvent e WHERE e.id IN :ids", NotificationEvent.class)
                    .setParameter("ids", batch)
                    .getResultList()
                    .forEach(e -> found.put(e.id(), e));
        }
        return found;
    }

    /** The shards whose row of a slot's digest run (of {@code kind}) exists already. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Set<Integer> digestShards(NotificationDelivery.Kind kind, DigestSlot slot) {
        return Set.copyOf(em.createQuery(
                        "SELECT d.shard FROM NotificationDelivery d WHERE d.kind = :kind AND d.workKey = :key",
                        Integer.class)
                .setParameter("kind", kind)
                .setParameter("key", slot.key())
                .getResultList());
    }

    /** Whether any digest slot of {@code kind} before {@code slot} was ever made (false in a new installation). */
    @Transactional
    public boolean digestsMadeBefore(NotificationDelivery.Kind kind, DigestSlot slot) {
        return !em.createQuery(
                        "SELECT d.id FROM NotificationDelivery d WHERE d.kind = :kind AND d.workKey < :key", Long.class)
                .setParameter("kind", kind)
                .setParameter("key", slot.key())
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /** Which of these slots have a digest delivery row of {@code kind} at all, in one query. */
    @Transactional
    public Set<String> digestSlotsMade(NotificationDelivery.Kind kind, Collection<DigestSlot> slots) {
        return Set.copyOf(em.createQuery(
                        "SELECT DISTINCT d.workKey FROM NotificationDelivery d WHERE d.kind = :kind AND d.workKey IN :keys",
                        String.class)
                .setParameter("kind", kind)
                .setParameter("keys", slots.stream().map(DigestSlot::key).toList())
                .getResultList());
    }

    /** Some shards' rows of a slot's digest run; a unique violation when another instance made one first. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void createDigestRows(NotificationDelivery.Kind kind, DigestSlot slot, Collection<Integer> shards) {
        for (int shard : shards) {
            em.persist(NotificationDelivery.digest(kind, slot, shard, clock.instant()));
        }
        em.flush();
    }
}
