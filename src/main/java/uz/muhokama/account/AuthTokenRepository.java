package uz.muhokama.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;

/** Issued sign-in tokens, found by fingerprint. */
@ApplicationScoped
public class AuthTokenRepository {

    @PersistenceContext(unitName = "muhokama")
    EntityManager em;

    public void add(AuthToken token) {
        em.persist(token);
    }

    public Optional<AuthToken> findByFingerprint(String fingerprint) {
        // Every signed-in request comes through here: token, account and roles in one query, not three.
        return em.createQuery("SELECT t FROM AuthToken t JOIN FETCH t.account a LEFT JOIN FETCH a.roles "
                        + "WHERE t.tokenHash = :hash", AuthToken.class)
                .setParameter("hash", fingerprint).getResultList().stream().findFirst();
    }

    public int deleteByFingerprint(String fingerprint) {
        return em.createQuery("DELETE FROM AuthToken t WHERE t.tokenHash = :hash")
                .setParameter("hash", fingerprint).executeUpdate();
    }

}
