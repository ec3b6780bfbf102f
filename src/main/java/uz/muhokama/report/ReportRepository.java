package uz.muhokama.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.List;
import java.util.Optional;
import uz.muhokama.platform.claim.Claim;
import uz.muhokama.platform.claim.ClaimQueue;

/**
 * Reports, their forwarding steps and their campaign groups. Reports and steps are queued work,
 * found and claimed through the platform's {@link ClaimQueue} ({@link ReportSteps}).
 */
@ApplicationScoped
class ReportRepository {

    @PersistenceContext(unitName = "muhokama")
    EntityManager em;

    public Report add(Report report) {
        em.persist(report);
        em.flush();
        return report;
    }

    public void add(ReportDelivery delivery) {
        em.persist(delivery);
    }

    public void add(ReportCampaign campaign) {
        em.persist(campaign);
    }

    public Optional<Report> find(long id) {
        return Optional.ofNullable(em.find(Report.class, id));
    }

    public Optional<Report> ofDraft(long draftId) {
        return em
                .createQuery("SELECT r FROM Report r WHERE r.draftId = :draft", Report.class)
                .setParameter("draft", draftId)
                .getResultList()
                .stream()
                .findFirst();
    }

    public boolean existsFor(long draftId) {
        return !em.createQuery("SELECT r.id FROM Report r WHERE r.draftId = :draft", Long.class)
                .setParameter("draft", draftId)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    // --- forwarding steps

    public List<ReportDelivery> deliveries(long reportId) {
        return em.createQuery(
                        "SELECT d FROM ReportDelivery d WHERE d.reportId = :report ORDER BY d.id", ReportDelivery.class)
                .setParameter("report", reportId)
                .getResultList();
    }

    public List<ReportDelivery> deliveries(List<Long> reportIds) {
        if (reportIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "SELECT d FROM ReportDelivery d WHERE d.reportId IN :reports ORDER BY d.id",
                        ReportDelivery.class)
                .setParameter("reports", reportIds)
                .getResultList();
    }

    public Optional<ReportDelivery> delivery(long id) {
        return Optional.ofNullable(em.find(ReportDelivery.class, id));
    }

    public Optional<ReportDelivery> delivery(long reportId, ReportDelivery.Step step) {
        return em
                .createQuery(
                        "SELECT d FROM ReportDelivery d WHERE d.reportId = :report AND d.step = :step",
                        ReportDelivery.class)
                .setParameter("report", reportId)
                .setParameter("step", step)
                .getResultList()
                .stream()
                .findFirst();
    }

    /** The forwarding steps of one draft's report (all when {@code draftId} is null), for claiming. */
    static ClaimQueue.Scope<ReportDelivery> stepsOfDraft(Long draftId) {
        return draftId == null
                ? ClaimQueue.Scope.all()
                : (cb, query, step) -> {
                    Subquery<Long> ofDraft = query.subquery(Long.class);
                    Root<Report> report = ofDraft.from(Report.class);
                    ofDraft.select(report.get("id")).where(cb.equal(report.get("draftId"), draftId));
                    return step.get("reportId").in(ofDraft);
                };
    }

    // --- lists

    /** The agency's reports in its inbox, newest first: from {@code first}, or below {@code beforeId} when above 0. */
    public List<Report> inInbox(String agencyCode, int first, int max, long beforeId) {
        var query = em.createQuery(
                        "SELECT r FROM Report r WHERE r.agencyCode = :agency"
                                + (beforeId > 0 ? " AND r.id < :before" : "")
                                + " AND EXISTS (SELECT d.id FROM ReportDelivery d "
                                + "WHERE d.reportId = r.id AND d.step = :inbox AND d.claim.state = :done) ORDER BY r.id DESC",
                        Report.class)
                .setParameter("agency", agencyCode)
                .setParameter("inbox", ReportDelivery.Step.INBOX)
                .setParameter("done", Claim.State.DONE)
                .setFirstResult(beforeId > 0 ? 0 : first)
                .setMaxResults(max);
        return (beforeId > 0 ? query.setParameter("before", beforeId) : query).getResultList();
    }

    /** Every report, newest first: from {@code first}, or below {@code beforeId} when above 0. */
    public List<Report> all(int first, int max, long beforeId) {
        var query = em.createQuery(
                        "SELECT r FROM Report r" + (beforeId > 0 ? " WHERE r.id < :before" : "")
                                + " ORDER BY r.id DESC",
                        Report.class)
                .setFirstResult(beforeId > 0 ? 0 : first)
                .setMaxResults(max);
        return (beforeId > 0 ? query.setParameter("before", beforeId) : query).getResultList();
    }

    public long count() {
        return em.createQuery("SELECT COUNT(r.id) FROM Report r", Long.class).getSingleResult();
    }

    // --- campaign groups

    public List<ReportCampaign> campaigns(long draftId) {
        return em.createQuery(
                        "SELECT c FROM ReportCampaign c WHERE c.draftId = :draft ORDER BY c.groupNumber, c.id",
                        ReportCampaign.class)
                .setParameter("draft", draftId)
                .getResultList();
    }

    public void removeCampaigns(long draftId) {
        em.createQuery("DELETE FROM ReportCampaign c WHERE c.draftId = :draft")
                .setParameter("draft", draftId)
                .executeUpdate();
    }
}
