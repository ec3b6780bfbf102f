package uz.muhokama.ria;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Assessments, one per draft at most (unique on {@code draft_id}). */
@ApplicationScoped
class RiaRepository {

    @PersistenceContext(unitName = "muhokama")
    EntityManager em;

    public Optional<RegulatoryImpactAssessment> forDraft(long draftId) {
        return em
                .createQuery(
                        "SELECT r FROM RegulatoryImpactAssessment r WHERE r.draftId = :draft",
                        RegulatoryImpactAssessment.class)
                .setParameter("draft", draftId)
                .getResultList()
                .stream()
                .findFirst();
    }

    public RegulatoryImpactAssessment add(RegulatoryImpactAssessment assessment) {
        em.persist(assessment);
        return assessment;
    }
}
