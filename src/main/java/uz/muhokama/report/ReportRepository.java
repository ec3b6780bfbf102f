package uz.muhokama.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Reports, their forwarding steps and their campaign groups. Every claim is one conditional update:
 * exactly one caller, on any instance, sees one row changed; a claim whose holder stopped renewing it
 * ({@code claimedAt} before {@code stale}) may be taken over.
 */
@ApplicationScoped
public class ReportRepository {

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
        return em.createQuery("SELECT r FROM Report r WHERE r.draftId = :draft", Report.class)
                .setParameter("draft", draftId).getResultList().stream().findFirst();
    }

    public boolean existsFor(long draftId) {
        return !em.createQuery("SELECT r.id FROM Report r WHERE r.draftId = :draft", Long.class)
                .setParameter("draft", draftId).setMaxResults(1).getResultList().isEmpty();
    }

    /** Reports a job may claim now: due waiting or failed ones, and generating ones whose claim went stale. */
    public List<Long> claimable(Instant now, Instant stale, int limit, Long onlyDraft) {
        return em.createQuery("SELECT r.id FROM Report r WHERE ((r.state IN :retry AND r.nextAttemptAt <= :now) "
                        + "OR (r.state = :generating AND r.claimedAt < :stale))" + (onlyDraft == null ? "" : " AND r.draftId = " + onlyDraft)
                        + " ORDER BY r.id", Long.class)
                .setParameter("retry", List.of(Report.State.WAITING, Report.State.FAILED)).setParameter("now", now)
                .setParameter("generating", Report.State.GENERATING).setParameter("stale", stale)
                .setMaxResults(limit).getResultList();
    }

    public boolean claim(long id, String by, Instant now, Instant stale) {
        return em.createQuery("UPDATE Report r SET r.state = :generating, r.claimedBy = :by, r.claimedAt = :now, "
                        + "r.attempts = r.attempts + 1, r.rowsWritten = 0 WHERE r.id = :id AND ((r.state IN :retry AND r.nextAttemptAt <= :now) "
                        + "OR (r.state = :generating AND r.claimedAt < :stale))")
                .setParameter("generating", Report.State.GENERATING).setParameter("by", by).setParameter("now", now)
                .setParameter("id", id).setParameter("retry", List.of(Report.State.WAITING, Report.State.FAILED))
                .setParameter("stale", stale).executeUpdate() == 1;
    }

    /** Renews a claim and records progress; false when the claim was lost (taken over as stale). */
    public boolean renew(long id, String by, Instant now, long rowsWritten) {
        return em.createQuery("UPDATE Report r SET r.claimedAt = :now, r.rowsWritten = :rows "
                        + "WHERE r.id = :id AND r.claimedBy = :by AND r.state = :generating")
                .setParameter("now", now).setParameter("rows", rowsWritten).setParameter("id", id).setParameter("by", by)
                .setParameter("generating", Report.State.GENERATING).executeUpdate() == 1;
    }

    public boolean generated(long id, String by, Instant now, String language, long rows, long bytes, String sha256) {
        return em.createQuery("UPDATE Report r SET r.state = :generated, r.generatedAt = :now, r.language = :language, "
                        + "r.rowsWritten = :rows, r.fileBytes = :bytes, r.fileSha256 = :sha, r.lastError = NULL, r.claimedBy = NULL, "
                        + "r.claimedAt = NULL WHERE r.id = :id AND r.claimedBy = :by AND r.state = :generating")
                .setParameter("generated", Report.State.GENERATED).setParameter("now", now).setParameter("language", language)
                .setParameter("rows", rows).setParameter("bytes", bytes).setParameter("sha", sha256).setParameter("id", id)
                .setParameter("by", by).setParameter("generating", Report.State.GENERATING).executeUpdate() == 1;
    }

    public boolean failed(long id, String by, String error, Instant nextAttemptAt) {
        return em.createQuery("UPDATE Report r SET r.state = :failed, r.lastError = :error, r.nextAttemptAt = :next, "
                        + "r.claimedBy = NULL, r.claimedAt = NULL WHERE r.id = :id AND r.claimedBy = :by AND r.state = :generating")
                .setParameter("failed", Report.State.FAILED).setParameter("error", error).setParameter("next", nextAttemptAt)
                .setParameter("id", id).setParameter("by", by).setParameter("generating", Report.State.GENERATING)
                .executeUpdate() == 1;
    }

    public void setFilePath(long id, String path) {
        em.createQuery("UPDATE Report r SET r.filePath = :path WHERE r.id = :id")
                .setParameter("path", path).setParameter("id", id).executeUpdate();
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

    public List<Long> claimableDeliveries(Instant now, Instant stale, int limit, Long onlyDraft) {
        return em.createQuery("SELECT d.id FROM ReportDelivery d WHERE ((d.state IN :retry AND d.nextAttemptAt <= :now) "
                        + "OR (d.state = :running AND d.claimedAt < :stale))"
                        + (onlyDraft == null ? "" : " AND d.reportId IN (SELECT r.id FROM Report r WHERE r.draftId = " + onlyDraft + ")")
                        + " ORDER BY d.id", Long.class)
                .setParameter("retry", List.of(ReportDelivery.State.PENDING, ReportDelivery.State.FAILED)).setParameter("now", now)
                .setParameter("running", ReportDelivery.State.RUNNING).setParameter("stale", stale)
                .setMaxResults(limit).getResultList();
    }

    public boolean claimDelivery(long id, String by, Instant now, Instant stale) {
        return em.createQuery("UPDATE ReportDelivery d SET d.state = :running, d.claimedBy = :by, d.claimedAt = :now, "
                        + "d.attempts = d.attempts + 1 WHERE d.id = :id AND ((d.state IN :retry AND d.nextAttemptAt <= :now) "
                        + "OR (d.state = :running AND d.claimedAt < :stale))")
                .setParameter("running", ReportDelivery.State.RUNNING).setParameter("by", by).setParameter("now", now)
                .setParameter("id", id).setParameter("retry", List.of(ReportDelivery.State.PENDING, ReportDelivery.State.FAILED))
                .setParameter("stale", stale).executeUpdate() == 1;
    }

    public boolean deliveryDone(long id, String by, Instant now) {
        return em.createQuery("UPDATE ReportDelivery d SET d.state = :done, d.doneAt = :now, d.lastError = NULL, "
                        + "d.claimedBy = NULL, d.claimedAt = NULL WHERE d.id = :id AND d.claimedBy = :by AND d.state = :running")
                .setParameter("done", ReportDelivery.State.DONE).setParameter("now", now).setParameter("id", id)
                .setParameter("by", by).setParameter("running", ReportDelivery.State.RUNNING).executeUpdate() == 1;
    }

    public boolean deliveryFailed(long id, String by, String error, Instant nextAttemptAt) {
        return em.createQuery("UPDATE ReportDelivery d SET d.state = :failed, d.lastError = :error, d.nextAttemptAt = :next, "
                        + "d.claimedBy = NULL, d.claimedAt = NULL WHERE d.id = :id AND d.claimedBy = :by AND d.state = :running")
                .setParameter("failed", ReportDelivery.State.FAILED).setParameter("error", error).setParameter("next", nextAttemptAt)
                .setParameter("id", id).setParameter("by", by).setParameter("running", ReportDelivery.State.RUNNING)
                .executeUpdate() == 1;
    }

    // --- lists

    /** An agency's reports that reached its inbox, newest first. */
    /** The agency's reports in its inbox, newest first: from {@code first}, or below {@code beforeId} when above 0. */
    public List<Report> inInbox(String agencyCode, int first, int max, long beforeId) {
        var query = em.createQuery("SELECT r FROM Report r WHERE r.agencyCode = :agency" + (beforeId > 0 ? " AND r.id < :before" : "")
                        + " AND EXISTS (SELECT d.id FROM ReportDelivery d "
                        + "WHERE d.reportId = r.id AND d.step = :inbox AND d.state = :done) ORDER BY r.id DESC", Report.class)
                .setParameter("agency", agencyCode).setParameter("inbox", ReportDelivery.Step.INBOX)
                .setParameter("done", ReportDelivery.State.DONE).setFirstResult(beforeId > 0 ? 0 : first).setMaxResults(max);
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
