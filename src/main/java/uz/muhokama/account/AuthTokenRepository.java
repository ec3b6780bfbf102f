package uz.muhokama.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Issued sign-in tokens, found by fingerprint. */
@ApplicationScoped
class AuthTokenRepository {

    @PersistenceContext(unitName = "muhokama")
    EntityManager em;

    public void add(AuthToken token) {
        em.persist(token);
    }

    public Optional<AuthToken> findByFingerprint(String fingerprint) {
        // Every signed-in request comes through here: token, account and roles in one query, not three.
        return em
                .createQuery(
                        "SELECT t FROM AuthToken t JOIN FETCH t.account a LEFT JOIN FETCH a.roles "
                                + "WHERE t.tokenHash = :hash",
                        AuthToken.class)
                .setParameter("hash", fingerprint)
                .getResultList()
                .stream()
                .findFirst();
    }

    /**
     * Deletes up to {@code limit} tokens that expired before {@code cutoff}; how many it deleted. A
     * token deleted meanwhile by another instance's purge is simply not counted.
     */
    @Transactional
    public int deleteExpired(Instant cutoff, int limit) {
        List<Long> ids = em.createQuery(
                        "SELECT t.id FROM AuthToken t WHERE t.expiresAt < :cutoff ORDER BY t.expiresAt", Long.class)
                .setParameter("cutoff", cutoff)
                .setMaxResults(limit)
                .getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        return em.createQuery("DELETE FROM AuthToken t WHERE t.id IN :ids")
                .setParameter("ids", ids)
                .executeUpdate();
    }

    public int deleteByFingerprint(String fingerprint) {
        return em.createQuery("DELETE FROM AuthToken t WHERE t.tokenHash = :hash")
                .setParameter("hash", fingerprint)
                .executeUpdate();
    }
}
