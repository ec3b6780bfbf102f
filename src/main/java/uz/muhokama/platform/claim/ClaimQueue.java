package uz.muhokama.platform.claim;

import jakarta.enterprise.context.ApplicationScoped;
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
 * The one way any queue finds and takes its work. {@link #due} is one query for every kind of work,
 * written with the criteria API (the values are bound parameters, never text in the query); a queue
 * narrows it with a {@link Scope} (e.g. one draft's rows, for tests). {@link #claim} and {@link #held}
 * read the row under a write lock ({@code SELECT … FOR UPDATE}) and check it in {@link Claim}: of two
 * instances at once the second waits for the first's transaction and then sees the row claimed, so
 * exactly one works on it. Callers hold the lock for one short transaction of their own.
 */
@ApplicationScoped
public class ClaimQueue {

    /** The name this instance claims under: the JVM's (pid@host) and a random tail, unique across restarts. */
    public static final String THIS_INSTANCE = ManagementFactory.getRuntimeMXBean().getName() + "/"
            + UUID.randomUUID().toString().substring(0, 8);

    @PersistenceContext(unitName = "muhokama")
    EntityManager em;

    /** Narrows a queue's due rows, e.g. to one draft's. */
    @FunctionalInterface
    public interface Scope<E> {

        Predicate of(CriteriaBuilder cb, AbstractQuery<?> query, Root<E> row);

        /** Every due row. */
        static <E> Scope<E> all() {
            return (cb, query, row) -> cb.conjunction();
        }
    }

    /** The ids of due rows of a kind (see {@link Claim#isDue}), oldest first, at most {@code limit}. */
    public <E extends Claimable> List<Long> due(Class<E> type, Instant now, Instant stale, int limit, Scope<E> scope) {
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
                cb.and(cb.or(cb.equal(claim.get("state"), pending), cb.equal(claim.get("state"), failed)),
                        cb.lessThanOrEqualTo(claim.<Instant>get("nextAttemptAt"), nowParameter)),
                cb.and(cb.equal(claim.get("state"), running), cb.lessThan(claim.<Instant>get("claimedAt"), staleParameter)));
        query.select(row.<Long>get("id")).where(cb.and(due, scope.of(cb, query, row))).orderBy(cb.asc(row.get("id")));
        return em.createQuery(query).setParameter(pending, Claim.State.PENDING)
                .setParameter(failed, Claim.State.FAILED)
                .setParameter(running, Claim.State.RUNNING).setParameter(nowParameter, now).setParameter(staleParameter, stale)
                .setMaxResults(limit).getResultList();
    }

    /** Claims a row for {@code by} if it is still due; empty when another instance has it (or had it done). */
    public <E extends Claimable> Optional<E> claim(Class<E> type, long id, String by, Instant now, Instant stale) {
        return locked(type, id).filter(e -> e.claim().isDue(now, stale)).map(e -> {
            e.claim().claim(by, now, stale);
            return e;
        });
    }

    /** A row {@code by} still holds, locked for the rest of the transaction; empty when the claim was taken over. */
    public <E extends Claimable> Optional<E> held(Class<E> type, long id, String by) {
        return locked(type, id).filter(e -> e.claim().isHeldBy(by));
    }

    private <E extends Claimable> Optional<E> locked(Class<E> type, long id) {
        return Optional.ofNullable(em.find(type, id, LockModeType.PESSIMISTIC_WRITE));
    }
}
