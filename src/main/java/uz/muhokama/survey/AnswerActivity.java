package uz.muhokama.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * Answer sets as a stream of what was done, for features that count them (statistics): rows after a
 * position, in id order, a batch at a time. An answer set changed later keeps its row and its id, so
 * it is in the stream once, as first submitted.
 */
@ApplicationScoped
public class AnswerActivity {

    /** One answer set: to which questionnaire and draft (none for the portal survey), by whom, from which region, when. */
    public record Answered(long id, String questionnaire, Long draftId, long accountId, String region, Instant at) {

        public boolean isExpertise() {
            return Questionnaire.EXPERTISE.equals(questionnaire);
        }
    }

    @PersistenceContext(unitName = "muhokama")
    EntityManager em;

    /** Answer sets with an id above {@code afterId}, oldest first, at most {@code max}. */
    @Transactional
    public List<Answered> after(long afterId, int max) {
        return em
                .createQuery(
                        "SELECT a.id, a.questionnaireCode, a.draftId, a.accountId, a.respondentRegion, a.submittedAt "
                                + "FROM SurveyAnswer a WHERE a.id > :after ORDER BY a.id",
                        Object[].class)
                .setParameter("after", afterId)
                .setMaxResults(max)
                .getResultList()
                .stream()
                .map(r -> new Answered(
                        (Long) r[0], (String) r[1], (Long) r[2], (Long) r[3], (String) r[4], (Instant) r[5]))
                .toList();
    }
}
