package uz.muhokama.report;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import uz.muhokama.platform.claim.Claim;
import uz.muhokama.platform.claim.Claimable;

/**
 * One step of forwarding a generated report, done once and retried until it is: the file into the
 * delivery folder, the report into the agency's inbox, the e-mail to the agency's address. A step is
 * queued work on the platform's {@link Claim}, like the report, so two instances never do it at once.
 */
@Entity
@Table(name = "report_delivery")
class ReportDelivery implements Claimable {

    /** The steps, in the order they run: each waits for the one before. */
    public enum Step {
        FOLDER,
        INBOX,
        EMAIL
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_id", nullable = false, updatable = false)
    private long reportId;

    @Enumerated(EnumType.STRING)
    @Column(name = "step", nullable = false, updatable = false)
    private Step step;

    @Embedded
    private Claim claim;

    protected ReportDelivery() {}

    ReportDelivery(long reportId, Step step, Instant now) {
        this.reportId = reportId;
        this.step = step;
        this.claim = Claim.pending(now);
    }

    /** An administrator's "try again now"; false when the step has not failed. */
    boolean retryNow(Instant now) {
        return claim.retryNow(now);
    }

    /** The step that follows this one, if any. */
    Optional<Step> next() {
        return switch (step) {
            case FOLDER -> Optional.of(Step.INBOX);
            case INBOX -> Optional.of(Step.EMAIL);
            case EMAIL -> Optional.empty();
        };
    }

    @Override
    public Claim claim() {
        return claim;
    }

    public boolean isDone() {
        return claim.state() == Claim.State.DONE;
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
}
