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
 * The report of one closed discussion to its drafting agency: made once (the database keeps one row
 * per draft) and then forwarded step by step ({@link ReportDelivery}). Claims of the row are
 * conditional updates in {@link ReportRepository}; what happens once a claim is held is here.
 */
@Entity
@Table(name = "report")
public class Report {

    /** Where a report stands. */
    public enum State {
        /** Waiting for a job to make it (or to try again, after {@code nextAttemptAt}). */
        WAITING,
        /** Being written by the instance that claimed it. */
        GENERATING,
        /** Written: the workbook is in the work folder and the forwarding steps take over. */
        GENERATED,
        /** The last attempt failed; the job tries again at {@code nextAttemptAt}. */
        FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "draft_id", nullable = false, updatable = false)
    private long draftId;

    @Column(name = "draft_number", nullable = false, updatable = false)
    private String draftNumber;

    @Column(name = "agency_code", nullable = false, updatable = false)
    private String agencyCode;

    @Column(name = "closed_at", nullable = false, updatable = false)
    private Instant closedAt;

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

    @Column(name = "rows_written", nullable = false)
    private long rowsWritten;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "file_path")
    private String filePath;

    @Column(name = "file_bytes")
    private Long fileBytes;

    @Column(name = "file_sha256")
    private String fileSha256;

    @Column(name = "language")
    private String language;

    @Column(name = "generated_at")
    private Instant generatedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Report() {}

    Report(long draftId, String draftNumber, String agencyCode, Instant closedAt, Instant now) {
        this.draftId = draftId;
        this.draftNumber = draftNumber;
        this.agencyCode = agencyCode;
        this.closedAt = closedAt;
        this.state = State.WAITING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    /** An administrator's "try again now": only for a report that failed. */
    void retryNow(Instant now) {
        if (state != State.FAILED) {
            throw new Conflict("report.retry.not-failed");
        }
        nextAttemptAt = now;
    }

    public Long id() {
        return id;
    }

    public long draftId() {
        return draftId;
    }

    public String draftNumber() {
        return draftNumber;
    }

    public String agencyCode() {
        return agencyCode;
    }

    public Instant closedAt() {
        return closedAt;
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

    public Optional<String> claimedBy() {
        return Optional.ofNullable(claimedBy);
    }

    public long rowsWritten() {
        return rowsWritten;
    }

    public Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }

    /** The workbook's path under the delivery folder, once generated. */
    public Optional<String> filePath() {
        return Optional.ofNullable(filePath);
    }

    public Long fileBytes() {
        return fileBytes;
    }

    public String fileSha256() {
        return fileSha256;
    }

    public String language() {
        return language;
    }

    public Instant generatedAt() {
        return generatedAt;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
