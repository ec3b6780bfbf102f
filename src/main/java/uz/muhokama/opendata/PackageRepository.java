package uz.muhokama.opendata;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uz.muhokama.platform.persistence.InstantConverter;

/**
 * The packages' rows ({@code opendata_package}), in plain SQL. A slot is claimed by inserting it (the
 * unique slot lets one instance win) or by taking over a claim nobody renewed; each step is its own
 * transaction, so a claim is visible to the other instances at once.
 */
@ApplicationScoped
class PackageRepository {

    static final String GENERATING = "GENERATING";
    static final String DONE = "DONE";
    static final String FAILED = "FAILED";
    static final String REMOVED = "REMOVED";

    /** A package as the pages and the API show it. */
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

    /** Inserts the slot's row, claimed by {@code by}; a unique violation means another instance has it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    long insertClaim(String slot, String by, Instant now) {
        em.createNativeQuery("INSERT INTO opendata_package (slot, state, claimed_by, claimed_at) VALUES (?, ?, ?, ?)")
                .setParameter(1, slot)
                .setParameter(2, GENERATING)
                .setParameter(3, by)
                .setParameter(4, InstantConverter.timestamp(now))
                .executeUpdate();
        return ((Number) em.createNativeQuery("SELECT id FROM opendata_package WHERE slot = ?")
                        .setParameter(1, slot)
                        .getSingleResult())
                .longValue();
    }

    /**
     * Takes over a slot whose claim was not renewed since {@code staleBefore} (its instance died), or that
     * failed and may be tried again; true for the one caller that changed the row.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    boolean takeOver(long id, String by, Instant now, Instant staleBefore) {
        return em.createNativeQuery(
                                "UPDATE opendata_package SET state = ?, claimed_by = ?, claimed_at = ?, attempts = attempts + 1 "
                                        + "WHERE id = ? AND state IN (?, ?) AND claimed_at < ?")
                        .setParameter(1, GENERATING)
                        .setParameter(2, by)
                        .setParameter(3, InstantConverter.timestamp(now))
                        .setParameter(4, id)
                        .setParameter(5, GENERATING)
                        .setParameter(6, FAILED)
                        .setParameter(7, InstantConverter.timestamp(staleBefore))
                        .executeUpdate()
                == 1;
    }

    /** Says the claim is still alive; false if another instance has taken it over meanwhile. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    boolean renew(long id, String by, Instant now) {
        return em.createNativeQuery(
                                "UPDATE opendata_package SET claimed_at = ? WHERE id = ? AND claimed_by = ? AND state = ?")
                        .setParameter(1, InstantConverter.timestamp(now))
                        .setParameter(2, id)
                        .setParameter(3, by)
                        .setParameter(4, GENERATING)
                        .executeUpdate()
                == 1;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    boolean done(long id, String by, Instant generatedAt, String folder, long zipBytes, String manifest) {
        return em.createNativeQuery(
                                "UPDATE opendata_package SET state = ?, generated_at = ?, folder = ?, zip_bytes = ?, manifest = ?, "
                                        + "last_error = NULL WHERE id = ? AND claimed_by = ? AND state = ?")
                        .setParameter(1, DONE)
                        .setParameter(2, InstantConverter.timestamp(generatedAt))
                        .setParameter(3, folder)
                        .setParameter(4, zipBytes)
                        .setParameter(5, manifest)
                        .setParameter(6, id)
                        .setParameter(7, by)
                        .setParameter(8, GENERATING)
                        .executeUpdate()
                == 1;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void failed(long id, String by, String error, Instant now) {
        em.createNativeQuery(
                        "UPDATE opendata_package SET state = ?, last_error = ?, claimed_at = ? WHERE id = ? AND claimed_by = ?")
                .setParameter(1, FAILED)
                .setParameter(2, error.length() > 2000 ? error.substring(0, 2000) : error)
                .setParameter(3, InstantConverter.timestamp(now))
                .setParameter(4, id)
                .setParameter(5, by)
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void removed(long id) {
        em.createNativeQuery("UPDATE opendata_package SET state = ? WHERE id = ?")
                .setParameter(1, REMOVED)
                .setParameter(2, id)
                .executeUpdate();
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
        return query("WHERE state = ? ORDER BY generated_at DESC, id DESC", DONE, max);
    }

    private List<Stored> query(String where, Object parameter, int max) {
        List<Stored> found = new ArrayList<>();
        for (Object row : em.createNativeQuery(
                        "SELECT id, slot, state, generated_at, folder, zip_bytes, manifest, last_error, attempts "
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
