package uz.muhokama.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import uz.muhokama.platform.error.Conflict;
import uz.muhokama.platform.error.InvalidInput;
import uz.muhokama.platform.error.TextRules;

/**
 * A person's application to give independent anti-corruption expertise. It waits until an
 * administrator approves it (which makes the applicant an EXPERT) or declines it with a reason; either
 * way it is decided once. While it waits, {@code pending_account_id} holds the applicant, so the
 * database allows one waiting application per person.
 */
@Entity
@Table(name = "expert_application")
class ExpertApplication {

    /** Where an application stands. */
    public enum State {
        PENDING,
        APPROVED,
        DECLINED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "applicant_name", nullable = false, updatable = false)
    private String applicantName;

    @Column(name = "status_code", nullable = false, updatable = false)
    private String statusCode;

    @Column(name = "organisation", updatable = false)
    private String organisation;

    @Column(name = "qualification", nullable = false, updatable = false)
    private String qualification;

    @Column(name = "statement", nullable = false, updatable = false)
    private String statement;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false)
    private State state;

    @Column(name = "pending_account_id")
    private Long pendingAccountId;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "decided_by_name")
    private String decidedByName;

    @Column(name = "decision_reason")
    private String decisionReason;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected ExpertApplication() {}

    ExpertApplication(
            long accountId,
            String applicantName,
            String statusCode,
            String organisation,
            String qualification,
            String statement,
            Instant now) {
        this.accountId = accountId;
        this.applicantName = applicantName;
        this.statusCode = statusCode;
        this.organisation = organisation;
        this.qualification = qualification;
        this.statement = statement;
        this.state = State.PENDING;
        this.pendingAccountId = accountId;
        this.submittedAt = now;
    }

    void approve(long adminId, String adminName, String note, Instant now) {
        decide(State.APPROVED, adminId, adminName, note, now);
    }

    void decline(long adminId, String adminName, String reason, Instant now) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("reason", "expert.decline.reason-required");
        }
        decide(State.DECLINED, adminId, adminName, reason, now);
    }

    private void decide(State outcome, long adminId, String adminName, String reason, Instant now) {
        // The decision's column and the audit log's hold 2,000 characters; an approval's note had no limit.
        if (reason != null && reason.strip().length() > 2000) {
            throw new InvalidInput("reason", "expert.decline.reason-too-long", 2000);
        }
        TextRules.require("reason", reason);
        if (state != State.PENDING) {
            throw new Conflict("expert.application.already-decided");
        }
        this.state = outcome;
        this.pendingAccountId = null;
        this.decidedAt = now;
        this.decidedBy = adminId;
        this.decidedByName = adminName;
        this.decisionReason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    public long id() {
        return id;
    }

    public long accountId() {
        return accountId;
    }

    public String applicantName() {
        return applicantName;
    }

    public String statusCode() {
        return statusCode;
    }

    public String organisation() {
        return organisation;
    }

    public String qualification() {
        return qualification;
    }

    public String statement() {
        return statement;
    }

    public State state() {
        return state;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decisionReason() {
        return decisionReason;
    }
}
