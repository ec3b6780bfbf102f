package uz.muhokama.decision;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import uz.muhokama.platform.claim.Claim;
import uz.muhokama.platform.claim.Claimable;

/**
 * The e-mail telling one author the decisions on their proposals about one draft, sent once the
 * summary is published: queued work on the platform's {@link Claim}, claimed and retried like a
 * report's forwarding steps.
 */
@Entity
@Table(name = "decision_notice")
class DecisionNotice implements Claimable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Sent, or waiting to be; claimed and retried on the platform's claim mechanism. */
    @Embedded
    private Claim claim;

    /** The author, told of every decision on their proposals about this draft in one message. */
    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "draft_id", nullable = false, updatable = false)
    private long draftId;

    protected DecisionNotice() {}

    /** A notice to send now, to the author of proposals about a draft whose summary was just published. */
    DecisionNotice(long draftId, long accountId, Instant now) {
        this.claim = Claim.pending(now);
        this.accountId = accountId;
        this.draftId = draftId;
    }

    @Override
    public Claim claim() {
        return claim;
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
}
