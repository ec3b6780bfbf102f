package uz.muhokama.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import uz.muhokama.platform.error.Conflict;

/**
 * One step of forwarding a generated report, done once and retried until it is: the file into the
 * delivery folder, the report into the agency's inbox, the e-mail to the agency's address. A step is
 * claimed like a report (a conditional update), so two instances never do it twice at once.
 */
@Entity
@Table(name = "report_delivery")
public class ReportDelivery {

    /** The steps, in the order they run: each waits for the one before. */
    public enum Step { FOLDER, INBOX, EMAIL }

    /** Where a step stands. */
    public enum State { PENDING, RUNNING, DONE, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_id", nullable = false, updatable = false)
    private long reportId;

    @Enumerated(EnumType.STRING)
    @Column(name = "step", nullable = false, updatable = false)
    private Step step;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false)
    private State state;

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

    protected ReportDelivery() {}

    ReportDelivery(long reportId, Step step, Instant now) {
        this.reportId = reportId;
        this.step = step;
        this.state = State.PENDING;
        this.nextAttemptAt = now;
    }

    void retryNow(Instant now) {
        if (state != State.FAILED) {
            throw new Conflict("report.retry.not-failed");
        }
        nextAttemptAt = now;
    }

    public Long id() {
        return id;
    }

    public long reportId() {
        return reportId;
    }

    public Step step() {
        return step;
    }

    public State state() {
        return state;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }

    public Instant doneAt() {
        return doneAt;
    }
}
