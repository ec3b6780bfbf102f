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
        return em.createQuery("SELECT t FROM AuthToken t WHERE t.tokenHash = :hash", AuthToken.class)
                .setParameter("hash", fingerprint).getResultStream().findFirst();
    }

    public int deleteByFingerprint(String fingerprint) {
        return em.createQuery("DELETE FROM AuthToken t WHERE t.tokenHash = :hash")
                .setParameter("hash", fingerprint).executeUpdate();
    }

}
