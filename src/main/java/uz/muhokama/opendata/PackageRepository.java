package uz.muhokama.opendata;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uz.muhokama.platform.claim.Claim;
import uz.muhokama.platform.claim.ClaimQueue;
import uz.muhokama.platform.persistence.InstantConverter;

/**
 * The packages' rows ({@code opendata_package}): written through {@link DataPackage} and the portal's
 * one claim mechanism ({@link ClaimQueue}), each step its own transaction, so a claim is visible to the
 * other instances at once; read in plain SQL for the pages and the API.
 */
@ApplicationScoped
class PackageRepository {

    /** A package made and listed. */
    static final String DONE = Claim.State.DONE.name();

    /** A package made and later deleted to keep only the newest few (DONE with {@code removed_at}). */
    static final String REMOVED = "REMOVED";

    /** A package as the pages and the API show it; {@code state} is its claim's, or REMOVED. */
    record Stored(
            long id,
            String slot,
            String state,
            Instant generatedAt,
            String folder,
            Long zipBytes,
            String manifest,
            String lastError,
            int attempts) {}

    @PersistenceContext(unitName = "muhokama")
    EntityManager em;

    @Inject
    ClaimQueue queue;

    /** Inserts the slot's row, due at once; a unique violation when another instance inserted it first. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    long insert(String slot, Instant now) {
        DataPackage due = DataPackage.due(slot, now);
        em.persist(due);
        em.flush();
        return due.id();
    }

    /** Claims the package for {@code by}; false when another instance holds it, it is made, or its retry waits. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    boolean claim(long id, String by) {
        return queue.of(DataPackage.class).claim(id, by).isPresent();
    }

    /** Says the claim is still alive; false if another instance has taken it over meanwhile. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    boolean renew(long id, String by, Instant now) {
        return queue.of(DataPackage.class)
                .held(id, by)
                .map(held -> {
                    held.claim().renew(by, now);
                    return true;
                })
                .orElse(false);
    }

    /** Records the package made; false when the claim was taken over meanwhile (the caller deletes its folder). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    boolean made(long id, String by, Instant generatedAt, String folder, long zipBytes, String manifest, Instant now) {
        return queue.of(DataPackage.class)
                .held(id, by)
                .map(held -> {
                    held.made(by, generatedAt, folder, zipBytes, manifest, now);
                    return true;
                })
                .orElse(false);
    }

    /** Records a failed attempt: tried again after the back-off, if its slot is still the one due. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void failed(long id, String by, String error) {
        queue.of(DataPackage.class).fail(id, by, error);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void removed(long id, Instant now) {
        DataPackage listed = em.find(DataPackage.class, id);
        if (listed != null && !listed.isRemoved()) {
            listed.removed(now);
        }
    }

    @Transactional
    Optional<Stored> bySlot(String slot) {
        return query("WHERE slot = ?", slot, 1).stream().findFirst();
    }

    @Transactional
    Optional<Stored> byId(long id) {
        return query("WHERE id = ?", id, 1).stream().findFirst();
    }

    /** Packages that are ready, newest first. */
    @Transactional
    List<Stored> done(int max) {
        return query("WHERE state = ? AND removed_at IS NULL ORDER BY generated_at DESC, id DESC", DONE, max);
    }

    private List<Stored> query(String where, Object parameter, int max) {
        List<Stored> found = new ArrayList<>();
        for (Object row : em.createNativeQuery(
                        "SELECT id, slot, CASE WHEN removed_at IS NULL THEN state ELSE '" + REMOVED + "' END, "
                                + "generated_at, folder, zip_bytes, manifest, last_error, attempts "
                                + "FROM opendata_package " + where)
                .setParameter(1, parameter)
                .setMaxResults(max)
                .getResultList()) {
            Object[] r = (Object[]) row;
            found.add(new Stored(
                    ((Number) r[0]).longValue(),
                    (String) r[1],
                    (String) r[2],
                    r[3] == null ? null : InstantConverter.instant((Timestamp) r[3]),
                    (String) r[4],
                    r[5] == null ? null : ((Number) r[5]).longValue(),
                    (String) r[6],
                    (String) r[7],
                    ((Number) r[8]).intValue()));
        }
        return found;
    }
}
