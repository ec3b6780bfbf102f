package uz.muhokama.decision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The agency's decision on one proposal, with the proposal as it was decided on (clause, text, how
 * many comments it stands for), so that the published summary reads this alone.
 */
@Entity
@Table(name = "proposal_decision")
class ProposalDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "draft_id", nullable = false, updatable = false)
    private long draftId;

    @Column(name = "proposal_id", nullable = false, updatable = false)
    private long proposalId;

    @Column(name = "clause_no")
    private String clauseNumber;

    @Column(name = "body", nullable = false)
    private String text;

    @Column(name = "comments", nullable = false)
    private long comments;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision", nullable = false)
    private Decision decision;

    @Column(name = "reason")
    private String reason;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    @Column(name = "decided_by", nullable = false)
    private long decidedBy;

    protected ProposalDecision() {}

    ProposalDecision(long draftId, Proposal proposal, Decision decision, String reason, Instant now, long by) {
        this.draftId = draftId;
        this.proposalId = proposal.id();
        decide(proposal, decision, reason, now, by);
    }

    /** Decides again (until the summary is published; the service guards that). */
    void decide(Proposal proposal, Decision decision, String reason, Instant now, long by) {
        if (decision.needsReason() && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("A " + decision.code() + " decision needs a reason");
        }
        this.clauseNumber = proposal.clause();
        this.text = proposal.text();
        this.comments = proposal.comments();
        this.decision = decision;
        this.reason = reason == null || reason.isBlank() ? null : reason.strip();
        this.decidedAt = now;
        this.decidedBy = by;
    }

    public long draftId() {
        return draftId;
    }

    public long proposalId() {
        return proposalId;
    }

    public String clauseNumber() {
        return clauseNumber;
    }

    public String text() {
        return text;
    }

    public long comments() {
        return comments;
    }

    public Decision decision() {
        return decision;
    }

    public String reason() {
        return reason;
    }

    public Instant decidedAt() {
        return decidedAt;
    }
}
