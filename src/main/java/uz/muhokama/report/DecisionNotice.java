package uz.muhokama.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The e-mail telling one author the decisions on their proposals about one draft, sent once the
 * summary is published; claimed and retried like a report's forwarding steps (states as
 * {@link ReportDelivery.State}).
 */
@Entity
@Table(name = "decision_notice")
public class DecisionNotice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "draft_id", nullable = false, updatable = false)
    private long draftId;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "state", nullable = false)
    private String state;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "claimed_by")
    private String claimedBy;

    @Column(name = "claimed_at")
    private Instant claimedAt;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "done_at")
    private Instant doneAt;

    protected DecisionNotice() {}

    DecisionNotice(long draftId, long accountId, Instant now) {
        this.draftId = draftId;
        this.accountId = accountId;
        this.state = ReportDelivery.State.PENDING.name();
        this.nextAttemptAt = now;
    }

    public Long id() {
        return id;
    }

    public long draftId() {
        return draftId;
    }

    public long accountId() {
        return accountId;
    }

    public int attempts() {
        return attempts;
    }
}
