package uz.muhokama.platform.claim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.ParameterExpression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The one way any queue finds and takes its work ({@code queue.of(Report.class)}). {@link Of#due} is
 * one query for every kind of work, written with the criteria API (the values are bound parameters,
 * never text in the query); a queue narrows it with a {@link Scope} (e.g. one draft's rows, for tests).
 * {@link Of#claim} and {@link Of#held} read the row under a write lock ({@code SELECT … FOR UPDATE}) and
 * move it through {@link Claim}'s transitions: of two instances at once the second waits for the
 * first's transaction and then sees the row claimed, so exactly one works on it. Callers call these in
 * one short transaction of their own, which holds the lock.
 */
@ApplicationScoped
public class ClaimQueue {

    /** The name this instance claims under: the JVM's (pid@host) and a random tail, unique across restarts. */
    public static final String THIS_INSTANCE = ManagementFactory.getRuntimeMXBean()
                    .getName() + "/" + UUID.randomUUID().toString().substring(0, 8);

    @PersistenceContext(unitName = "muhokama")
    EntityManager em;

    @Inject
    ClaimTimes times;

    /** Narrows a queue's due rows, e.g. to one draft's. */
    @FunctionalInterface
    public interface Scope<E> {

        Predicate of(CriteriaBuilder cb, AbstractQuery<?> query, Root<E> row);

        /** Every due row. */
        static <E> Scope<E> all() {
            return (cb, query, row) -> cb.conjunction();
        }

        /** The due rows whose {@code attribute} equals {@code value}; every due row when {@code value} is null. */
        static <E> Scope<E> where(String attribute, Object value) {
            return value == null ? all() : (cb, query, row) -> cb.equal(row.get(attribute), value);
        }
    }

    /** The queue of one kind of work. */
    public <E extends Claimable> Of<E> of(Class<E> type) {
        return new Of<>(type);
    }

    /** One kind of work's queue: its due rows, claims, and the outcomes that need nothing but the claim. */
    public final class Of<E extends Claimable> {

        private final Class<E> type;

        private Of(Class<E> type) {
            this.type = type;
        }

        /** The ids of due rows (see {@link Claim#isDue}), oldest first, at most {@code limit}. */
        public List<Long> due(int limit, Scope<E> scope) {
            return ClaimQueue.this.due(type, times.now(), times.stale(), limit, scope);
        }

        /** Claims a row for {@code by} if it is still due; empty when another instance has it (or had it done). */
        public Optional<E> claim(long id, String by) {
            Instant now = times.now();
            Instant stale = times.stale();
            return locked(type, id).filter(e -> e.claim().isDue(now, stale)).map(e -> {
                e.claim().claim(by, now, stale);
                return e;
            });
        }

        /** A row {@code by} still holds, locked for the rest of the transaction; empty when the claim was taken over. */
        public Optional<E> held(long id, String by) {
            return locked(type, id).filter(e -> e.claim().isHeldBy(by));
        }

        /** Records success; false when the claim was taken over meanwhile. */
        public boolean succeed(long id, String by) {
            return held(id, by)
                    .map(e -> {
                        e.claim().succeed(by, times.now());
                        return true;
                    })
                    .orElse(false);
        }

        /** Records a failed attempt, due again after the back-off; false when the claim was taken over meanwhile. */
        public boolean fail(long id, String by, String error) {
            return held(id, by)
                    .map(e -> {
                        e.claim().fail(by, error, times.now(), times.backoff());
                        return true;
                    })
                    .orElse(false);
        }
    }

    private <E extends Claimable> List<Long> due(Class<E> type, Instant now, Instant stale, int limit, Scope<E> scope) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<E> row = query.from(type);
        Path<Claim> claim = row.get("claim");
        ParameterExpression<Claim.State> pending = cb.parameter(Claim.State.class, "pending");
        ParameterExpression<Claim.State> failed = cb.parameter(Claim.State.class, "failed");
        ParameterExpression<Claim.State> running = cb.parameter(Claim.State.class, "running");
        ParameterExpression<Instant> nowParameter = cb.parameter(Instant.class, "now");
        ParameterExpression<Instant> staleParameter = cb.parameter(Instant.class, "stale");
        Predicate due = cb.or(
                cb.and(
                        cb.or(cb.equal(claim.get("state"), pending), cb.equal(claim.get("state"), failed)),
                        cb.lessThanOrEqualTo(claim.<Instant>get("nextAttemptAt"), nowParameter)),
                cb.and(
                        cb.equal(claim.get("state"), running),
                        cb.lessThan(claim.<Instant>get("claimedAt"), staleParameter)));
        query.select(row.<Long>get("id"))
                .where(cb.and(due, scope.of(cb, query, row)))
                .orderBy(cb.asc(row.get("id")));
        return em.createQuery(query)
                .setParameter(pending, Claim.State.PENDING)
                .setParameter(failed, Claim.State.FAILED)
                .setParameter(running, Claim.State.RUNNING)
                .setParameter(nowParameter, now)
                .setParameter(staleParameter, stale)
                .setMaxResults(limit)
                .getResultList();
    }

    private <E extends Claimable> Optional<E> locked(Class<E> type, long id) {
        return Optional.ofNullable(em.find(type, id, LockModeType.PESSIMISTIC_WRITE));
    }
}
