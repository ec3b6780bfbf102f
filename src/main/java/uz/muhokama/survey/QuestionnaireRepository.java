package uz.muhokama.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Questionnaires and their published versions. */
@ApplicationScoped
class QuestionnaireRepository {

    @PersistenceContext(unitName = "muhokama")
    EntityManager em;

    public Optional<QuestionnaireRecord> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(QuestionnaireRecord.class, code));
    }

    /** The questionnaire's row, locked until the transaction ends: two publications at once make two versions. */
    public Optional<QuestionnaireRecord> findLocked(String code) {
        return code == null
                ? Optional.empty()
                : Optional.ofNullable(em.find(QuestionnaireRecord.class, code, LockModeType.PESSIMISTIC_WRITE));
    }

    public List<QuestionnaireRecord> all() {
        return em.createQuery("SELECT q FROM QuestionnaireRecord q ORDER BY q.code", QuestionnaireRecord.class)
                .getResultList();
    }

    public Optional<QuestionnaireVersion> version(String code, int number) {
        return em
                .createQuery(
                        "SELECT v FROM QuestionnaireVersion v WHERE v.questionnaireCode = :code AND v.number = :no",
                        QuestionnaireVersion.class)
                .setParameter("code", code)
                .setParameter("no", number)
                .getResultList()
                .stream()
                .findFirst();
    }

    /** Every version of a questionnaire, newest first, without their definitions' text being needed. */
    public List<QuestionnaireVersion> versions(String code) {
        return em.createQuery(
                        "SELECT v FROM QuestionnaireVersion v WHERE v.questionnaireCode = :code ORDER BY v.number DESC",
                        QuestionnaireVersion.class)
                .setParameter("code", code)
                .getResultList();
    }

    public void add(QuestionnaireRecord record) {
        em.persist(record);
    }

    public void add(QuestionnaireVersion version) {
        em.persist(version);
    }

    public void flush() {
        em.flush();
    }
}
