package uz.muhokama.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * A person's notifications as their inbox reads them, by the index {@code (account_id, read_at, id)}: the
 * unread ones, then the read ones, each newest first; items whose event was cancelled are left out.
 */
@ApplicationScoped
class InboxRepository {

    @PersistenceContext(unitName = "muhokama")
    EntityManager em;

    /** One row of the inbox: the notification and the event it tells of. */
    record Row(Notification notification, NotificationEvent event) {}

    /** Up to {@code max} of the person's unread (or read) items with an id below {@code beforeId}, newest first. */
    @Transactional
    public List<Row> page(long accountId, boolean unread, long beforeId, int max) {
        return em
                .createQuery(
                        "SELECT n, e FROM Notification n, NotificationEvent e WHERE e.id = n.eventId "
                                + "AND n.accountId = :account AND n.readAt IS " + (unread ? "NULL" : "NOT NULL")
                                + " AND e.cancelledAt IS NULL AND n.id < :before ORDER BY n.id DESC",
                        Object[].class)
                .setParameter("account", accountId)
                .setParameter("before", beforeId)
                .setMaxResults(max)
                .getResultList()
                .stream()
                .map(r -> new Row((Notification) r[0], (NotificationEvent) r[1]))
                .toList();
    }

    /**
     * How many unread items the person has, counted up to {@code cap}: the header shows it on every page,
     * so it reads at most {@code cap} index entries (and their events, for the cancelled ones).
     */
    @Transactional
    public int unread(long accountId, int cap) {
        return em.createQuery(
                        "SELECT n.id FROM Notification n, NotificationEvent e WHERE e.id = n.eventId "
                                + "AND n.accountId = :account AND n.readAt IS NULL AND e.cancelledAt IS NULL",
                        Long.class)
                .setParameter("account", accountId)
                .setMaxResults(cap)
                .getResultList()
                .size();
    }

    /** Marks the person's notification read; false when they have none with this id. */
    @Transactional
    public boolean markRead(long accountId, long id, Instant now) {
        Notification notification = em.find(Notification.class, id);
        if (notification == null || notification.accountId() != accountId) {
            return false;
        }
        notification.markRead(now);
        return true;
    }

    /** Marks every unread notification of the person read; how many were. */
    @Transactional
    public int markAllRead(long accountId, Instant now) {
        return em.createQuery(
                        "UPDATE Notification n SET n.readAt = :now WHERE n.accountId = :account AND n.readAt IS NULL")
                .setParameter("now", now)
                .setParameter("account", accountId)
                .executeUpdate();
    }
}
