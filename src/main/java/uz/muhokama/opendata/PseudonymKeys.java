package uz.muhokama.opendata;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import uz.muhokama.platform.security.RandomSecrets;

/** The pseudonyms' secret in the database, read and made each in a transaction of its own (a lost race to make it is no failure). */
@ApplicationScoped
class PseudonymKeys {

    private static final String NAME = "authors";

    @PersistenceContext(unitName = "muhokama")
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    Optional<String> stored() {
        List<?> found = em.createNativeQuery("SELECT secret FROM opendata_key WHERE name = ?")
                .setParameter(1, NAME)
                .getResultList();
        return found.isEmpty() ? Optional.empty() : Optional.of((String) found.get(0));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    String create() {
        String secret = RandomSecrets.urlSafe(48);
        em.createNativeQuery("INSERT INTO opendata_key (name, secret) VALUES (?, ?)")
                .setParameter(1, NAME)
                .setParameter(2, secret)
                .executeUpdate();
        return secret;
    }
}
