package uz.muhokama.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Writes and reads notification events in the caller's transaction. */
@ApplicationScoped
class EventStore {

    /** Rows per multi-row INSERT of words or audience (one statement instead of one per row). */
    private static final int ROWS_PER_INSERT = 100;

    @PersistenceContext(unitName = "muhokama")
    EntityManager em;

    NotificationEvent add(NotificationEvent event) {
        em.persist(event);
        em.flush();
        return event;
    }

    NotificationEvent find(long id) {
        return em.find(NotificationEvent.class, id);
    }

    void addWords(long eventId, Collection<String> words) {
        insertPairs("notification_event_word (event_id, word)", eventId, List.copyOf(words));
    }

    void addAudience(long eventId, Collection<Long> accountIds) {
        insertPairs("notification_audience (event_id, account_id)", eventId, List.copyOf(Set.copyOf(accountIds)));
    }

    /** Cancels the draft's events of these types not cancelled yet. */
    int cancelOfDraft(long draftId, Set<EventType> types, Instant now) {
        return em.createQuery("UPDATE NotificationEvent e SET e.cancelledAt = :now WHERE e.draftId = :draft "
                        + "AND e.type IN :types AND e.cancelledAt IS NULL")
                .setParameter("now", now)
                .setParameter("draft", draftId)
                .setParameter("types", types)
                .executeUpdate();
    }

    /** Cancels the events about one comment (the replies it was). */
    int cancelOfComment(long commentId, Instant now) {
        return em.createQuery("UPDATE NotificationEvent e SET e.cancelledAt = :now WHERE e.commentId = :comment "
                        + "AND e.cancelledAt IS NULL")
                .setParameter("now", now)
                .setParameter("comment", commentId)
                .executeUpdate();
    }

    /** Whether an event with this dedup key is recorded. */
    boolean recorded(String dedupKey) {
        return !em.createQuery("SELECT e.id FROM NotificationEvent e WHERE e.dedupKey = :key", Long.class)
                .setParameter("key", dedupKey)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    int execute(FanOutSql.Statement statement) {
        Query query = em.createNativeQuery(statement.sql());
        for (int i = 0; i < statement.parameters().size(); i++) {
            query.setParameter(i + 1, statement.parameters().get(i));
        }
        return query.executeUpdate();
    }

    private <T> void insertPairs(String table, long eventId, List<T> values) {
        for (int from = 0; from < values.size(); from += ROWS_PER_INSERT) {
            List<T> chunk = values.subList(from, Math.min(values.size(), from + ROWS_PER_INSERT));
            List<Object> parameters = new ArrayList<>();
            StringBuilder sql = new StringBuilder("INSERT INTO ").append(table).append(" VALUES ");
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "(?, ?)" : ", (?, ?)");
                parameters.add(eventId);
                parameters.add(chunk.get(i));
            }
            execute(new FanOutSql.Statement(sql.toString(), parameters));
        }
    }
}
