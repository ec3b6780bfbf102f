package uz.muhokama.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uz.muhokama.platform.security.Role;

/** The registered accounts. */
@ApplicationScoped
class AccountRepository {

    @PersistenceContext(unitName = "muhokama")
    EntityManager em;

    public Optional<Account> find(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    public Optional<Account> findByEmail(String email) {
        return em
                .createQuery("SELECT a FROM Account a WHERE a.email = :email", Account.class)
                .setParameter("email", Account.normalizeEmail(email))
                .getResultList()
                .stream()
                .findFirst();
    }

    /** Stores a new account and writes it now, so that a taken e-mail fails here and not at commit. */
    public Account add(Account account) {
        em.persist(account);
        em.flush();
        return account;
    }

    /**
     * Counts a failed sign-in and locks the account once the count reaches the limit. Two conditional
     * updates rather than read-modify-write, so concurrent attempts on several instances all count.
     */
    public void recordFailedSignIn(long id, int maxFailures, Instant lockUntil) {
        em.createQuery("UPDATE Account a SET a.failedSignIns = a.failedSignIns + 1 WHERE a.id = :id")
                .setParameter("id", id)
                .executeUpdate();
        em.createQuery("UPDATE Account a SET a.lockedUntil = :until, a.failedSignIns = 0 "
                        + "WHERE a.id = :id AND a.failedSignIns >= :max")
                .setParameter("until", lockUntil)
                .setParameter("id", id)
                .setParameter("max", maxFailures)
                .executeUpdate();
    }

    public void clearFailedSignIns(long id) {
        em.createQuery("UPDATE Account a SET a.failedSignIns = 0, a.lockedUntil = NULL WHERE a.id = :id "
                        + "AND (a.failedSignIns <> 0 OR a.lockedUntil IS NOT NULL)")
                .setParameter("id", id)
                .executeUpdate();
    }

    /** The region of each of some accounts, in one query. */
    public Map<Long, String> regionsOf(Collection<Long> ids) {
        Map<Long, String> regions = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("SELECT a.id, a.regionCode FROM Account a WHERE a.id IN :ids", Object[].class)
                    .setParameter("ids", ids)
                    .getResultList()
                    .forEach(r -> regions.put((Long) r[0], (String) r[1]));
        }
        return regions;
    }

    /** The ids of accounts holding a role, of one agency when {@code agencyCode} is given. */
    public List<Long> withRole(Role role, String agencyCode) {
        var query = em.createQuery(
                        "SELECT DISTINCT a.id FROM Account a JOIN a.roles r WHERE r = :role"
                                + (agencyCode == null ? "" : " AND a.agencyCode = :agency"),
                        Long.class)
                .setParameter("role", role);
        if (agencyCode != null) {
            query.setParameter("agency", agencyCode);
        }
        return query.getResultList();
    }

    /** The accounts of some ids (at most a batch: {@code IdBatches}). */
    public List<Account> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT a FROM Account a WHERE a.id IN :ids", Account.class)
                .setParameter("ids", ids)
                .getResultList();
    }
}
