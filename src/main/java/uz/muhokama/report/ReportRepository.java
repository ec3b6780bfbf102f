package uz.muhokama.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import uz.muhokama.platform.claim.Claim;
import uz.muhokama.platform.claim.ClaimQueue;

/**
 * Reports, their forwarding steps and their campaign groups. Both are queued work: they are found,
 * claimed and held through the platform's {@link ClaimQueue}, so exactly one instance works on a row
 * at a time and a claim whose holder stopped renewing it ({@code claimedAt} before {@code stale}) may
 * be taken over.
 */
@ApplicationScoped
public class ReportRepository {

    @PersistenceContext(unitName = "muhokama")
    EntityManager em;

    @Inject
    ClaimQueue queue;

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
        return em.createQuery("SELECT r FROM Report r WHERE r.draftId = :draft", Report.class)
                .setParameter("draft", draftId).getResultList().stream().findFirst();
    }

    public boolean existsFor(long draftId) {
        return !em.createQuery("SELECT r.id FROM Report r WHERE r.draftId = :draft", Long.class)
                .setParameter("draft", draftId).setMaxResults(1).getResultList().isEmpty();
    }

    /** Reports a job may claim now (all, or one draft's). */
    public List<Long> dueReports(Instant now, Instant stale, int limit, Long onlyDraft) {
        return queue.due(Report.class, now, stale, limit, onlyDraft == null ? ClaimQueue.Scope.all()
                : (cb, query, report) -> cb.equal(report.get("draftId"), onlyDraft));
    }

    public Optional<Report> claimReport(long id, String by, Instant now, Instant stale) {
        return queue.claim(Report.class, id, by, now, stale);
    }

    /** The report {@code by} still holds, locked; empty when its claim was taken over. */
    public Optional<Report> heldReport(long id, String by) {
        return queue.held(Report.class, id, by);
    }

    // --- forwarding steps

    public List<ReportDelivery> deliveries(long reportId) {
        return em.createQuery("SELECT d FROM ReportDelivery d WHERE d.reportId = :report ORDER BY d.id", ReportDelivery.class)
                .setParameter("report", reportId).getResultList();
    }

    public List<ReportDelivery> deliveries(List<Long> reportIds) {
        if (reportIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT d FROM ReportDelivery d WHERE d.reportId IN :reports ORDER BY d.id", ReportDelivery.class)
                .setParameter("reports", reportIds).getResultList();
    }

    public Optional<ReportDelivery> delivery(long id) {
        return Optional.ofNullable(em.find(ReportDelivery.class, id));
    }

    public Optional<ReportDelivery> delivery(long reportId, ReportDelivery.Step step) {
        return em.createQuery("SELECT d FROM ReportDelivery d WHERE d.reportId = :report AND d.step = :step", ReportDelivery.class)
                .setParameter("report", reportId).setParameter("step", step).getResultList().stream().findFirst();
    }

    /** Forwarding steps a job may claim now (all, or those of one draft's report). */
    public List<Long> dueDeliveries(Instant now, Instant stale, int limit, Long onlyDraft) {
        return queue.due(ReportDelivery.class, now, stale, limit, onlyDraft == null ? ClaimQueue.Scope.all() : (cb, query, step) -> {
            Subquery<Long> ofDraft = query.subquery(Long.class);
            Root<Report> report = ofDraft.from(Report.class);
            ofDraft.select(report.get("id")).where(cb.equal(report.get("draftId"), onlyDraft));
            return step.get("reportId").in(ofDraft);
        });
    }

    public Optional<ReportDelivery> claimDelivery(long id, String by, Instant now, Instant stale) {
        return queue.claim(ReportDelivery.class, id, by, now, stale);
    }

    /** The step {@code by} still holds, locked; empty when its claim was taken over. */
    public Optional<ReportDelivery> heldDelivery(long id, String by) {
        return queue.held(ReportDelivery.class, id, by);
    }

    // --- lists

    /** The agency's reports in its inbox, newest first: from {@code first}, or below {@code beforeId} when above 0. */
    public List<Report> inInbox(String agencyCode, int first, int max, long beforeId) {
        var query = em.createQuery("SELECT r FROM Report r WHERE r.agencyCode = :agency" + (beforeId > 0 ? " AND r.id < :before" : "")
                        + " AND EXISTS (SELECT d.id FROM ReportDelivery d "
                        + "WHERE d.reportId = r.id AND d.step = :inbox AND d.claim.state = :done) ORDER BY r.id DESC", Report.class)
                .setParameter("agency", agencyCode).setParameter("inbox", ReportDelivery.Step.INBOX)
                .setParameter("done", Claim.State.DONE).setFirstResult(beforeId > 0 ? 0 : first).setMaxResults(max);
        return (beforeId > 0 ? query.setParameter("before", beforeId) : query).getResultList();
    }

    /** Every report, newest first: from {@code first}, or below {@code beforeId} when above 0. */
    public List<Report> all(int first, int max, long beforeId) {
        var query = em.createQuery("SELECT r FROM Report r" + (beforeId > 0 ? " WHERE r.id < :before" : "") + " ORDER BY r.id DESC",
                Report.class).setFirstResult(beforeId > 0 ? 0 : first).setMaxResults(max);
        return (beforeId > 0 ? query.setParameter("before", beforeId) : query).getResultList();
    }

    public long count() {
        return em.createQuery("SELECT COUNT(r.id) FROM Report r", Long.class).getSingleResult();
    }

    // --- campaign groups

    public List<ReportCampaign> campaigns(long draftId) {
        return em.createQuery("SELECT c FROM ReportCampaign c WHERE c.draftId = :draft ORDER BY c.groupNumber, c.id", ReportCampaign.class)
                .setParameter("draft", draftId).getResultList();
    }

    public void removeCampaigns(long draftId) {
        em.createQuery("DELETE FROM ReportCampaign c WHERE c.draftId = :draft").setParameter("draft", draftId).executeUpdate();
    }
}
