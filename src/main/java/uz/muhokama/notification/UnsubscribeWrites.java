package uz.muhokama.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;

/**
 * Sets a person's frequency of some topics to NEVER: an update, or an insert where the person never
 * chose. Two posts of the same link at once (the mail program's one-click and the person's button) may
 * both insert: the loser's transaction fails on the primary key and {@link UnsubscribeService} runs it
 * once more, when it updates.
 */
@ApplicationScoped
class UnsubscribeWrites {

    @PersistenceContext(unitName = "muhokama")
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void never(long accountId, Collection<Topic> topics) {
        for (Topic topic : topics) {
            int updated = em.createNativeQuery(
                            "UPDATE notification_preference SET frequency = ? WHERE account_id = ? AND topic = ?")
                    .setParameter(1, Frequency.NEVER.name())
                    .setParameter(2, accountId)
                    .setParameter(3, topic.name())
                    .executeUpdate();
            if (updated == 0) {
                em.createNativeQuery(
                                "INSERT INTO notification_preference (account_id, topic, frequency) VALUES (?, ?, ?)")
                        .setParameter(1, accountId)
                        .setParameter(2, topic.name())
                        .setParameter(3, Frequency.NEVER.name())
                        .executeUpdate();
            }
        }
    }
}
