package uz.muhokama.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * The counts kept as answers arrive ({@code survey_tally}, see V13). A change adds to each count in key
 * order, so two answer sets counted at once lock the rows they share in the same order and never
 * deadlock; a count seen for the first time is inserted, and when two transactions insert the same one
 * at once the loser fails on the primary key and is run again whole (see {@link DraftSurveyService}).
 */
@ApplicationScoped
class SurveyTallyRepository {

    private static final String ADD =
            "UPDATE survey_tally SET n = n + ? WHERE questionnaire_code = ? AND subject_id = ? "
                    + "AND version_no = ? AND question_code = ? AND value_code = ? AND stripe = ?";
    private static final String INSERT =
            "INSERT INTO survey_tally (questionnaire_code, subject_id, version_no, question_code, "
                    + "value_code, stripe, n) VALUES (?, ?, ?, ?, ?, ?, ?)";
    private static final String COUNTS = "SELECT version_no, question_code, value_code, SUM(n) FROM survey_tally "
            + "WHERE questionnaire_code = ? AND subject_id = ? GROUP BY version_no, question_code, value_code";

    @PersistenceContext(unitName = "muhokama")
    EntityManager em;

    /** One count: a version, question and value of a questionnaire about one subject. */
    record Counted(int version, TallyKeys.Key key) implements Comparable<Counted> {
        @Override
        public int compareTo(Counted other) {
            int byVersion = Integer.compare(version, other.version);
            return byVersion != 0 ? byVersion : key.compareTo(other.key);
        }
    }

    /** Adds the changes (which may be negative) to the counts, in key order. */
    public void add(String questionnaire, long subjectId, int stripe, SortedMap<Counted, Long> changes) {
        for (Map.Entry<Counted, Long> change : changes.entrySet()) {
            if (change.getValue() == 0) {
                continue;
            }
            Counted counted = change.getKey();
            int updated = em.createNativeQuery(ADD)
                    .setParameter(1, change.getValue())
                    .setParameter(2, questionnaire)
                    .setParameter(3, subjectId)
                    .setParameter(4, counted.version())
                    .setParameter(5, counted.key().question())
                    .setParameter(6, counted.key().value())
                    .setParameter(7, stripe)
                    .executeUpdate();
            if (updated == 0) {
                em.createNativeQuery(INSERT)
                        .setParameter(1, questionnaire)
                        .setParameter(2, subjectId)
                        .setParameter(3, counted.version())
                        .setParameter(4, counted.key().question())
                        .setParameter(5, counted.key().value())
                        .setParameter(6, stripe)
                        .setParameter(7, change.getValue())
                        .executeUpdate();
            }
        }
    }

    /** Every count of a questionnaire about one subject, the stripes added up. */
    public Map<Counted, Long> counts(String questionnaire, long subjectId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(COUNTS)
                .setParameter(1, questionnaire)
                .setParameter(2, subjectId)
                .getResultList();
        Map<Counted, Long> counts = new HashMap<>();
        for (Object[] row : rows) {
            counts.put(
                    new Counted(((Number) row[0]).intValue(), new TallyKeys.Key((String) row[1], (String) row[2])),
                    ((Number) row[3]).longValue());
        }
        return counts;
    }
}
