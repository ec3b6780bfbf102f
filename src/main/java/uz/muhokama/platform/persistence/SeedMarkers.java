package uz.muhokama.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Lets a start-up seeding job run once across all instances: the job claims its name in the same
 * transaction as its inserts; a second instance's claim violates the primary key and rolls back.
 */
@ApplicationScoped
public class SeedMarkers {

    @PersistenceContext(unitName = "muhokama")
    EntityManager em;

    public boolean alreadySeeded(String name) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM seed_marker WHERE name = ?")
                                .setParameter(1, name)
                                .getSingleResult())
                        .longValue()
                > 0;
    }

    /** Must run inside the seeding transaction; throws if another instance claimed it first. */
    public void claim(String name, Instant now) {
        em.createNativeQuery("INSERT INTO seed_marker (name, seeded_at) VALUES (?, ?)")
                .setParameter(1, name)
                .setParameter(2, LocalDateTime.ofInstant(now, ZoneOffset.UTC))
                .executeUpdate();
        em.flush();
    }
}
