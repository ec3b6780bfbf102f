package uz.muhokama.discussion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Discussions, their extensions and their outbox of events. */
@ApplicationScoped
class DiscussionRepository {

    @PersistenceContext(unitName = "muhokama")
    EntityManager em;

    public void add(Discussion discussion) {
        em.persist(discussion);
    }

    public void add(Extension extension) {
        em.persist(extension);
    }

    public Optional<Discussion> forDraft(long draftId) {
        return em
                .createQuery("SELECT d FROM Discussion d WHERE d.draftId = :draft", Discussion.class)
                .setParameter("draft", draftId)
                .getResultList()
                .stream()
                .findFirst();
    }

    /**
     * Discussions of some drafts, each with its extensions (or one {@code null} when it has none), in
     * one query: the draft page asks for this on every view.
     */
    public List<Object[]> withExtensions(Collection<Long> draftIds) {
        if (draftIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "SELECT d, e FROM Discussion d LEFT JOIN Extension e ON e.discussion = d "
                                + "WHERE d.draftId IN :drafts",
                        Object[].class)
                .setParameter("drafts", draftIds)
                .getResultList();
    }

    /** Discussions whose end has passed but which the job has not closed yet, oldest first. */
    public List<Discussion> dueForClosing(Instant now, int limit) {
        return em.createQuery(
                        "SELECT d FROM Discussion d WHERE d.phase <> :closed AND d.closesAt <= :now "
                                + "ORDER BY d.closesAt",
                        Discussion.class)
                .setParameter("closed", Discussion.Phase.CLOSED)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * The claim: one conditional update. Exactly one caller, on any instance, sees 1 row changed;
     * everyone else sees 0 and leaves the discussion alone.
     */
    public boolean claimClosing(long discussionId, Instant now, String closedBy) {
        return em.createQuery("UPDATE Discussion d SET d.phase = :closed, d.closedAt = :now, d.closedBy = :by "
                                + "WHERE d.id = :id AND d.phase <> :closed AND d.closesAt <= :now")
                        .setParameter("closed", Discussion.Phase.CLOSED)
                        .setParameter("now", now)
                        .setParameter("by", closedBy)
                        .setParameter("id", discussionId)
                        .executeUpdate()
                == 1;
    }

    /** Records that scheduled discussions have opened; harmless to repeat. */
    public int markOpened(Instant now) {
        return em.createQuery("UPDATE Discussion d SET d.phase = :open WHERE d.phase = :scheduled "
                        + "AND d.opensAt <= :now AND d.closesAt > :now")
                .setParameter("open", Discussion.Phase.OPEN)
                .setParameter("scheduled", Discussion.Phase.SCHEDULED)
                .setParameter("now", now)
                .executeUpdate();
    }

    public void recordClosedEvent(long draftId, Instant at) {
        em.persist(new DiscussionEvent(draftId, DiscussionEvent.CLOSED, at));
    }

    /** Closings no later work has taken on yet, oldest first. */
    public List<DiscussionEvent> unhandledClosings(int limit) {
        return em.createQuery(
                        "SELECT e FROM DiscussionEvent e WHERE e.kind = :kind AND e.handledAt IS NULL ORDER BY e.id",
                        DiscussionEvent.class)
                .setParameter("kind", DiscussionEvent.CLOSED)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Marks a closing as taken on; true only for the one caller that changed it. */
    public boolean markClosingHandled(long draftId, Instant at) {
        return em.createQuery(
                                "UPDATE DiscussionEvent e SET e.handledAt = :at WHERE e.draftId = :draft AND e.kind = :kind "
                                        + "AND e.handledAt IS NULL")
                        .setParameter("at", at)
                        .setParameter("draft", draftId)
                        .setParameter("kind", DiscussionEvent.CLOSED)
                        .executeUpdate()
                == 1;
    }

    /** Draft id and closing moment of discussions not closed yet whose end lies in {@code (from, to]}. */
    public List<Object[]> closingBetween(Instant from, Instant to) {
        return em.createQuery(
                        "SELECT d.draftId, d.closesAt FROM Discussion d WHERE d.phase <> :closed "
                                + "AND d.closesAt > :from AND d.closesAt <= :to ORDER BY d.closesAt",
                        Object[].class)
                .setParameter("closed", Discussion.Phase.CLOSED)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    /** Draft id and closing moment of closed discussions whose end lies in {@code (from, to]}. */
    public List<Object[]> closedBetween(Instant from, Instant to) {
        return em.createQuery(
                        "SELECT d.draftId, d.closesAt FROM Discussion d WHERE d.phase = :closed "
                                + "AND d.closesAt > :from AND d.closesAt <= :to ORDER BY d.closesAt",
                        Object[].class)
                .setParameter("closed", Discussion.Phase.CLOSED)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }
}
