package uz.muhokama.participation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import uz.muhokama.platform.persistence.DatabaseMigration;

/** Comments, their earlier texts and their flags. */
@ApplicationScoped
class CommentRepository {

    @PersistenceContext(unitName = "muhokama")
    EntityManager em;

    @Inject
    DatabaseMigration database;

    public Comment add(Comment comment) {
        em.persist(comment);
        em.flush();
        return comment;
    }

    public void add(CommentRevision revision) {
        em.persist(revision);
    }

    public Optional<Comment> find(long id) {
        return Optional.ofNullable(em.find(Comment.class, id));
    }

    public Optional<Comment> onDraft(long draftId, long commentId) {
        return find(commentId).filter(c -> c.draftId() == draftId);
    }

    /**
     * A page of a draft's top-level comments (all, or one clause's), newest or oldest first. On PostgreSQL
     * ordered by the time written, then id: ordered by id alone, PostgreSQL walked every draft's comments
     * down the primary key (db/vendor/postgresql/V20 says why), and only the draft's own index gives the
     * time's order. Derby keeps the order by id: given the time-ordered index, its optimizer still read
     * the draft's comments through another index and sorted them all; by id it reads 20 from its
     * (draft_id, id DESC) index.
     * The two orders are the same but for clocks of two instances a few milliseconds apart.
     */
    public List<Comment> topLevel(long draftId, String clauseKey, boolean newestFirst, int first, int max) {
        return topLevel(draftId, clauseKey, newestFirst, first, max, null, 0);
    }

    /**
     * The same page continued after the comment written at {@code afterTime} with id {@code afterId}
     * (a cursor's keyset), or from {@code first} when {@code afterTime} is null. The keyset condition is
     * a range on the same index the order walks ({@code <=} on the leading key, so that both databases
     * see a bound), so a page deep in the list costs what the first one does.
     */
    public List<Comment> topLevel(
            long draftId, String clauseKey, boolean newestFirst, int first, int max, Instant afterTime, long afterId) {
        String clause = clauseKey == null ? "" : " AND c.clauseKey = :clause";
        String direction = newestFirst ? "DESC" : "ASC";
        boolean byTime = database.onPostgreSql();
        String order = byTime ? "c.createdAt " + direction + ", c.id " + direction : "c.id " + direction;
        String beyond = newestFirst ? "<" : ">";
        String after = afterTime == null
                ? ""
                : byTime
                        ? " AND c.createdAt " + beyond + "= :afterTime AND (c.createdAt " + beyond
                                + " :afterTime OR c.id " + beyond + " :afterId)"
                        : " AND c.id " + beyond + " :afterId";
        var query = em.createQuery(
                        "SELECT c FROM Comment c WHERE c.draftId = :draft AND c.parentId IS NULL" + clause + after
                                + " ORDER BY " + order,
                        Comment.class)
                .setParameter("draft", draftId)
                .setFirstResult(afterTime == null ? first : 0)
                .setMaxResults(max);
        if (clauseKey != null) {
            query.setParameter("clause", clauseKey);
        }
        if (afterTime != null) {
            query.setParameter("afterId", afterId);
            if (byTime) {
                query.setParameter("afterTime", afterTime);
            }
        }
        return query.getResultList();
    }

    public long countTopLevel(long draftId, String clauseKey) {
        String clause = clauseKey == null ? "" : " AND c.clauseKey = :clause";
        var query = em.createQuery(
                        "SELECT COUNT(c.id) FROM Comment c WHERE c.draftId = :draft AND c.parentId IS NULL" + clause,
                        Long.class)
                .setParameter("draft", draftId);
        if (clauseKey != null) {
            query.setParameter("clause", clauseKey);
        }
        return query.getSingleResult();
    }

    /** The replies to some comments, oldest first. */
    public List<Comment> repliesTo(Collection<Long> parentIds) {
        if (parentIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT c FROM Comment c WHERE c.parentId IN :parents ORDER BY c.id", Comment.class)
                .setParameter("parents", parentIds)
                .getResultList();
    }

    /** Comments shown to the public per clause key (the whole draft under the empty key). */
    public Map<String, Long> visibleCountsByClause(long draftId) {
        Map<String, Long> counts = new HashMap<>();
        em.createQuery(
                        "SELECT c.clauseKey, COUNT(c.id) FROM Comment c WHERE c.draftId = :draft AND c.state = :visible "
                                + "GROUP BY c.clauseKey",
                        Object[].class)
                .setParameter("draft", draftId)
                .setParameter("visible", CommentState.VISIBLE)
                .getResultList()
                .forEach(row -> counts.put(row[0] == null ? "" : (String) row[0], (Long) row[1]));
        return counts;
    }

    public long writtenSince(long authorId, Instant since) {
        return em.createQuery(
                        "SELECT COUNT(c.id) FROM Comment c WHERE c.authorId = :author AND c.createdAt > :since",
                        Long.class)
                .setParameter("author", authorId)
                .setParameter("since", since)
                .getSingleResult();
    }

    /** When the author's oldest comment still inside the window was written. */
    public Optional<Instant> oldestSince(long authorId, Instant since) {
        // Ordered and limited rather than MIN(): aggregates bypass the Instant converter.
        return em
                .createQuery(
                        "SELECT c.createdAt FROM Comment c WHERE c.authorId = :author AND c.createdAt > :since "
                                + "ORDER BY c.createdAt",
                        Instant.class)
                .setParameter("author", authorId)
                .setParameter("since", since)
                .setMaxResults(1)
                .getResultList()
                .stream()
                .findFirst();
    }

    /** The earlier texts of some comments, oldest first, by comment. */
    public Map<Long, List<CommentRevision>> revisionsOf(Collection<Long> commentIds) {
        if (commentIds.isEmpty()) {
            return Map.of();
        }
        return em
                .createQuery("SELECT r FROM CommentRevision r WHERE r.commentId IN :comments", CommentRevision.class)
                .setParameter("comments", commentIds)
                .getResultList()
                .stream()
                .sorted(Comparator.comparing(CommentRevision::writtenAt))
                .collect(Collectors.groupingBy(CommentRevision::commentId));
    }

    // --- flags

    /** Adds a flag unless this person already flagged this comment; true if it was added. */
    public boolean addFlag(CommentFlag flag, long commentId, long accountId) {
        boolean already = !em.createQuery(
                        "SELECT f.id FROM CommentFlag f WHERE f.commentId = :comment AND f.accountId = :account",
                        Long.class)
                .setParameter("comment", commentId)
                .setParameter("account", accountId)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
        if (already) {
            return false;
        }
        em.persist(flag);
        em.flush();
        // Counted in the database, not on the loaded entity, so concurrent flags all count.
        em.createQuery("UPDATE Comment c SET c.flagCount = c.flagCount + 1 WHERE c.id = :id")
                .setParameter("id", commentId)
                .executeUpdate();
        return true;
    }

    public long flagsSince(long accountId, Instant since) {
        return em.createQuery(
                        "SELECT COUNT(f.id) FROM CommentFlag f WHERE f.accountId = :account AND f.flaggedAt > :since",
                        Long.class)
                .setParameter("account", accountId)
                .setParameter("since", since)
                .getSingleResult();
    }

    public Optional<Instant> oldestFlagSince(long accountId, Instant since) {
        return em
                .createQuery(
                        "SELECT f.flaggedAt FROM CommentFlag f WHERE f.accountId = :account AND f.flaggedAt > :since "
                                + "ORDER BY f.flaggedAt",
                        Instant.class)
                .setParameter("account", accountId)
                .setParameter("since", since)
                .setMaxResults(1)
                .getResultList()
                .stream()
                .findFirst();
    }

    /** The flags of some comments, in the order they were raised, by comment. */
    public Map<Long, List<CommentFlag>> flagsOf(Collection<Long> commentIds) {
        if (commentIds.isEmpty()) {
            return Map.of();
        }
        return em
                .createQuery("SELECT f FROM CommentFlag f WHERE f.commentId IN :comments", CommentFlag.class)
                .setParameter("comments", commentIds)
                .getResultList()
                .stream()
                .sorted(Comparator.comparing(CommentFlag::flaggedAt))
                .collect(Collectors.groupingBy(CommentFlag::commentId));
    }

    /** Shown comments that someone flagged, most flagged first: the moderator's queue. */
    public List<Comment> flagged(int first, int max) {
        return flagged(first, max, null, 0);
    }

    /** The same, after the comment with {@code afterCount} flags and id {@code afterId} when a count is given. */
    public List<Comment> flagged(int first, int max, Integer afterCount, long afterId) {
        // Through the flags, which are few, rather than an index on every comment's flag count.
        String after =
                afterCount == null ? "" : "AND c.flagCount <= :count AND (c.flagCount < :count OR c.id > :after) ";
        var query = em.createQuery(
                        "SELECT c FROM Comment c WHERE c.id IN (SELECT f.commentId FROM CommentFlag f) "
                                + "AND c.flagCount > 0 AND c.state = :visible " + after
                                + "ORDER BY c.flagCount DESC, c.id",
                        Comment.class)
                .setParameter("visible", CommentState.VISIBLE)
                .setFirstResult(afterCount == null ? first : 0)
                .setMaxResults(max);
        if (afterCount != null) {
            query.setParameter("count", afterCount).setParameter("after", afterId);
        }
        return query.getResultList();
    }

    public long countFlagged() {
        return em.createQuery(
                        "SELECT COUNT(c.id) FROM Comment c WHERE c.id IN (SELECT f.commentId FROM CommentFlag f) "
                                + "AND c.flagCount > 0 AND c.state = :visible",
                        Long.class)
                .setParameter("visible", CommentState.VISIBLE)
                .getSingleResult();
    }

    // --- campaigns and tallies

    /** The distinct texts (by simhash) of a draft's comments with how many carry each. */
    public List<CampaignGrouping.Text> textsOf(long draftId) {
        return em
                .createQuery(
                        "SELECT c.simhash, COUNT(c.id), MIN(c.id) FROM Comment c "
                                + "WHERE c.draftId = :draft AND c.state <> :withdrawn GROUP BY c.simhash",
                        Object[].class)
                .setParameter("draft", draftId)
                .setParameter("withdrawn", CommentState.WITHDRAWN)
                .getResultList()
                .stream()
                .map(r -> new CampaignGrouping.Text(
                        ((Number) r[0]).longValue(), ((Number) r[1]).longValue(), ((Number) r[2]).longValue()))
                .toList();
    }

    /** Comments shown to the public per draft. */
    public Map<Long, Long> visibleCounts(Collection<Long> draftIds) {
        Map<Long, Long> counts = new HashMap<>();
        draftIds.forEach(id -> counts.put(id, 0L));
        if (!draftIds.isEmpty()) {
            em.createQuery(
                            "SELECT c.draftId, COUNT(c.id) FROM Comment c WHERE c.draftId IN :drafts AND c.state = :visible "
                                    + "GROUP BY c.draftId",
                            Object[].class)
                    .setParameter("drafts", draftIds)
                    .setParameter("visible", CommentState.VISIBLE)
                    .getResultList()
                    .forEach(r -> counts.put((Long) r[0], (Long) r[1]));
        }
        return counts;
    }
}
