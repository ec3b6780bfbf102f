package uz.muhokama.report;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import uz.muhokama.platform.claim.Claim;
import uz.muhokama.platform.claim.Claimable;

/**
 * The report of one closed discussion to its drafting agency: made once (the database keeps one row
 * per draft) and then forwarded step by step ({@link ReportDelivery}). Its making is queued work on
 * the platform's {@link Claim}: pending, being written by the instance that claimed it (renewed with
 * the rows written so far), done once written ({@code generated_at} is the claim's done time), or
 * failed and waiting for its next attempt.
 */
@Entity
@Table(name = "report")
class Report implements Claimable {

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

    @Embedded
    @AttributeOverride(name = "doneAt", column = @Column(name = "generated_at"))
    private Claim claim;

    @Column(name = "rows_written", nullable = false)
    private long rowsWritten;

    @Column(name = "file_path")
    private String filePath;

    @Column(name = "file_bytes")
    private Long fileBytes;

    @Column(name = "file_sha256")
    private String fileSha256;

    @Column(name = "language")
    private String language;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Report() {}

    Report(long draftId, String draftNumber, String agencyCode, Instant closedAt, Instant now) {
        this.draftId = draftId;
        this.draftNumber = draftNumber;
        this.agencyCode = agencyCode;
        this.closedAt = closedAt;
        this.claim = Claim.pending(now);
        this.createdAt = now;
    }

    /** A new attempt at writing starts from nothing. */
    void startWriting() {
        rowsWritten = 0;
    }

    /** The holder is still writing: its claim renewed, with the rows written so far. */
    void progress(String by, Instant now, long rows) {
        claim.renew(by, now);
        rowsWritten = rows;
    }

    /** Written: the workbook is in the work folder and the forwarding steps take over. */
    void written(String by, Instant now, String language, long rows, long bytes, String sha256) {
        claim.succeed(by, now);
        this.language = language;
        this.rowsWritten = rows;
        this.fileBytes = bytes;
        this.fileSha256 = sha256;
    }

    void delivered(String path) {
        this.filePath = path;
    }

    /** An administrator's "try again now"; false (nothing changed) unless the report failed. */
    boolean retryNow(Instant now) {
        return claim.retryNow(now);
    }

    @Override
    public Claim claim() {
        return claim;
    }

    public boolean isWritten() {
        return claim.state() == Claim.State.DONE;
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

    public long rowsWritten() {
        return rowsWritten;
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
        return claim.doneAt();
    }

    public Instant createdAt() {
        return createdAt;
    }
}
