package uz.muhokama.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Answer sets. Lists read a page at a time, by id, so that memory stays flat however many there are. */
@ApplicationScoped
class SurveyAnswerRepository {

    @PersistenceContext(unitName = "muhokama")
    EntityManager em;

    /**
     * The person's answer set to a draft's questionnaire, its row locked until the transaction ends. Looked up
     * by the one-column key alone: naming the questionnaire and draft as well would let PostgreSQL walk the
     * draft's list index instead, all its answers for one row, when its statistics are stale (V25).
     */
    public Optional<SurveyAnswer> mineLocked(String code, long draftId, long accountId) {
        return em
                .createQuery("SELECT a FROM SurveyAnswer a WHERE a.respondentKey = :key", SurveyAnswer.class)
                .setParameter("key", SurveyAnswer.respondentKey(code, draftId, accountId))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList()
                .stream()
                .findFirst();
    }

    public Optional<SurveyAnswer> mine(String code, long draftId, long accountId) {
        return em
                .createQuery("SELECT a FROM SurveyAnswer a WHERE a.respondentKey = :key", SurveyAnswer.class)
                .setParameter("key", SurveyAnswer.respondentKey(code, draftId, accountId))
                .getResultList()
                .stream()
                .findFirst();
    }

    /** Which of a draft's questionnaires the person has answered. */
    public List<String> answeredBy(long draftId, long accountId) {
        return em.createQuery(
                        "SELECT a.questionnaireCode FROM SurveyAnswer a WHERE a.draftId = :draft AND a.accountId = :account",
                        String.class)
                .setParameter("draft", draftId)
                .setParameter("account", accountId)
                .getResultList();
    }

    public SurveyAnswer add(SurveyAnswer answer) {
        em.persist(answer);
        em.flush();
        return answer;
    }

    public void remove(SurveyAnswer answer) {
        em.remove(answer);
    }

    /**
     * A page of a questionnaire's answer sets about one draft (or the portal: null), oldest first. The
     * page's ids come first, from the index alone; only those rows are then read, documents and all:
     * read in one query, every skipped row's document was read too (Derby reads a CLOB with its row).
     */
    public List<SurveyAnswer> page(String code, Long draftId, int first, int max) {
        return page(code, draftId, first, max, 0);
    }

    /** The same, after the answer set {@code afterId} (a cursor's keyset) when it is above 0. */
    public List<SurveyAnswer> page(String code, Long draftId, int first, int max, long afterId) {
        var ids = em.createQuery(
                        "SELECT a.id FROM SurveyAnswer a WHERE a.questionnaireCode = :code AND "
                                + (draftId == null ? "a.draftId IS NULL" : "a.draftId = :draft")
                                + (afterId > 0 ? " AND a.id > :after" : "")
                                + " ORDER BY a.id",
                        Long.class)
                .setParameter("code", code)
                .setFirstResult(afterId > 0 ? 0 : first)
                .setMaxResults(max);
        if (draftId != null) {
            ids.setParameter("draft", draftId);
        }
        if (afterId > 0) {
            ids.setParameter("after", afterId);
        }
        List<Long> page = ids.getResultList();
        if (page.isEmpty()) {
            return List.of();
        }
        // The page's rows are those of this questionnaire and draft between its first and last id: one
        // range of the same index, in a statement whatever the page's length (an IN list is one per length).
        var rows = em.createQuery(
                        "SELECT a FROM SurveyAnswer a WHERE a.questionnaireCode = :code AND "
                                + (draftId == null ? "a.draftId IS NULL" : "a.draftId = :draft")
                                + " AND a.id BETWEEN :first AND :last "
                                + "ORDER BY a.id",
                        SurveyAnswer.class)
                .setParameter("code", code)
                .setParameter("first", page.get(0))
                .setParameter("last", page.get(page.size() - 1))
                .setMaxResults(max)
                .setHint("eclipselink.read-only", "true");
        if (draftId != null) {
            rows.setParameter("draft", draftId);
        }
        return rows.getResultList();
    }

    /** The answer sets after a given id, for exports that walk them all without holding them all. */
    public List<SurveyAnswer> after(String code, Long draftId, long afterId, int max) {
        var query = em.createQuery(
                        "SELECT a FROM SurveyAnswer a WHERE a.questionnaireCode = :code AND "
                                + (draftId == null ? "a.draftId IS NULL" : "a.draftId = :draft")
                                + " AND a.id > :after ORDER BY a.id",
                        SurveyAnswer.class)
                .setParameter("code", code)
                .setParameter("after", afterId)
                .setMaxResults(max)
                .setHint("eclipselink.read-only", "true");
        if (draftId != null) {
            query.setParameter("draft", draftId);
        }
        return query.getResultList();
    }

    public long count(String code, Long draftId) {
        var query = em.createQuery(
                        "SELECT COUNT(a) FROM SurveyAnswer a WHERE a.questionnaireCode = :code AND "
                                + (draftId == null ? "a.draftId IS NULL" : "a.draftId = :draft"),
                        Long.class)
                .setParameter("code", code);
        if (draftId != null) {
            query.setParameter("draft", draftId);
        }
        return query.getSingleResult();
    }

    /** How many answer sets to a questionnaire the person gave since a moment, and the oldest of them. */
    public List<Instant> answeredSince(String code, long accountId, Instant since) {
        return em.createQuery(
                        "SELECT a.submittedAt FROM SurveyAnswer a WHERE a.accountId = :account AND a.submittedAt > :since "
                                + "AND a.questionnaireCode = :code ORDER BY a.submittedAt",
                        Instant.class)
                .setParameter("account", accountId)
                .setParameter("since", since)
                .setParameter("code", code)
                .getResultList();
    }
}
