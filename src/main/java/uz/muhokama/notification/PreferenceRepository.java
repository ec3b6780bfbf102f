package uz.muhokama.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A person's choices: how often per topic ({@code notification_preference}, no row = the topic's default)
 * and when digests go ({@code notification_schedule}, no row = {@link Schedule#DEFAULT}). Plain SQL: two
 * small tables keyed by person, which the delivery's set operations read directly.
 */
@ApplicationScoped
class PreferenceRepository {

    @PersistenceContext(unitName = "muhokama")
    EntityManager em;

    /** The digests' hour (0–23, Tashkent) and ISO weekday (1 = Monday) of the weekly one. */
    record Schedule(int hour, int weekday) {
        static final Schedule DEFAULT = new Schedule(8, 1);
    }

    /** The topics the person chose a frequency for (the others follow their default). */
    @Transactional
    public Map<Topic, Frequency> chosen(long accountId) {
        Map<Topic, Frequency> chosen = new EnumMap<>(Topic.class);
        List<?> rows = em.createNativeQuery("SELECT topic, frequency FROM notification_preference WHERE account_id = ?")
                .setParameter(1, accountId)
                .getResultList();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            try {
                chosen.put(Topic.valueOf((String) r[0]), Frequency.valueOf((String) r[1]));
            } catch (IllegalArgumentException retired) {
                // A topic or frequency no longer known: the default stands.
            }
        }
        return chosen;
    }

    @Transactional
    public Schedule schedule(long accountId) {
        List<?> rows = em.createNativeQuery(
                        "SELECT digest_hour, digest_weekday FROM notification_schedule WHERE account_id = ?")
                .setParameter(1, accountId)
                .getResultList();
        if (rows.isEmpty()) {
            return Schedule.DEFAULT;
        }
        Object[] r = (Object[]) rows.get(0);
        return new Schedule(((Number) r[0]).intValue(), ((Number) r[1]).intValue());
    }

    /**
     * Stores the changed choices and the schedule in one transaction. A row is updated, or inserted when
     * there is none; two saves at once may both insert, and the loser runs again and updates
     * ({@code TransientFailures.retryRaces}).
     */
    @Transactional
    public void save(long accountId, Map<Topic, Frequency> changed, Schedule schedule) {
        changed.forEach((topic, frequency) -> {
            int updated = em.createNativeQuery(
                            "UPDATE notification_preference SET frequency = ? WHERE account_id = ? AND topic = ?")
                    .setParameter(1, frequency.name())
                    .setParameter(2, accountId)
                    .setParameter(3, topic.name())
                    .executeUpdate();
            if (updated == 0) {
                em.createNativeQuery(
                                "INSERT INTO notification_preference (account_id, topic, frequency) VALUES (?, ?, ?)")
                        .setParameter(1, accountId)
                        .setParameter(2, topic.name())
                        .setParameter(3, frequency.name())
                        .executeUpdate();
            }
        });
        if (schedule != null) {
            int updated = em.createNativeQuery(
                            "UPDATE notification_schedule SET digest_hour = ?, digest_weekday = ? WHERE account_id = ?")
                    .setParameter(1, schedule.hour())
                    .setParameter(2, schedule.weekday())
                    .setParameter(3, accountId)
                    .executeUpdate();
            if (updated == 0) {
                em.createNativeQuery("INSERT INTO notification_schedule (account_id, digest_hour, digest_weekday) "
                                + "VALUES (?, ?, ?)")
                        .setParameter(1, accountId)
                        .setParameter(2, schedule.hour())
                        .setParameter(3, schedule.weekday())
                        .executeUpdate();
            }
        }
    }
}
