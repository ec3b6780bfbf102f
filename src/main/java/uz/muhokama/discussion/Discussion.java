package uz.muhokama.discussion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import uz.muhokama.platform.error.Conflict;
import uz.muhokama.platform.error.InvalidInput;
import uz.muhokama.platform.error.TextRules;

/**
 * The public discussion of one draft. Its status is computed from the window and the clock, so it is
 * right at every moment; {@code phase} only records what the closing job has done (and closing is
 * final, even if the window were later mistaken for open).
 */
@Entity
@Table(name = "discussion")
class Discussion {

    /** How far one extension may move the end: as long as the longest window a discussion may have. */
    public static final int MAX_EXTENSION_DAYS = 90;
    /** The extension's reason column. */
    public static final int MAX_REASON = 2000;

    enum Phase {
        SCHEDULED,
        OPEN,
        CLOSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "draft_id", nullable = false, unique = true)
    private long draftId;

    @Column(name = "opens_at", nullable = false)
    private Instant opensAt;

    @Column(name = "closes_at", nullable = false)
    private Instant closesAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "phase", nullable = false)
    private Phase phase;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by")
    private String closedBy;

    protected Discussion() {}

    Discussion(long draftId, DiscussionWindow window) {
        this.draftId = draftId;
        this.opensAt = window.opensAt();
        this.closesAt = window.closesAt();
        this.phase = Phase.SCHEDULED;
    }

    public DiscussionStatus statusAt(Instant now) {
        if (phase == Phase.CLOSED || !now.isBefore(closesAt)) {
            return DiscussionStatus.CLOSED;
        }
        return now.isBefore(opensAt) ? DiscussionStatus.SCHEDULED : DiscussionStatus.OPEN;
    }

    /** Whether input (comments, votes, answers) may be stored at this moment. */
    public boolean acceptsInputAt(Instant now) {
        return statusAt(now) == DiscussionStatus.OPEN;
    }

    /**
     * Moves the end to a later moment, only while open and with a reason. Returns the record of the
     * extension for the public history.
     */
    Extension extend(Instant newClosesAt, String reason, long extendedBy, Instant now) {
        if (statusAt(now) != DiscussionStatus.OPEN) {
            throw new Conflict("discussion.extend.not-open");
        }
        if (!newClosesAt.isAfter(closesAt)) {
            throw new Conflict("discussion.extend.not-later");
        }
        if (newClosesAt.isAfter(closesAt.plus(Duration.ofDays(MAX_EXTENSION_DAYS)))) {
            // An end years away is no discussion, and one past what an instant's column holds broke every
            // later read of the draft.
            throw new InvalidInput("closesAt", "discussion.extend.too-long", MAX_EXTENSION_DAYS);
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("reason", "discussion.extend.reason-required");
        }
        if (reason.strip().length() > MAX_REASON) {
            throw new InvalidInput("reason", "discussion.extend.reason-too-long", MAX_REASON);
        }
        TextRules.require("reason", reason);
        Extension extension = new Extension(this, closesAt, newClosesAt, reason.trim(), now, extendedBy);
        closesAt = newClosesAt;
        return extension;
    }

    /** An extension as it happened (imported history), without today's checks. */
    Extension recordExtension(Instant newClosesAt, String reason, long extendedBy, Instant at) {
        Extension extension = new Extension(this, closesAt, newClosesAt, reason, at, extendedBy);
        closesAt = newClosesAt;
        return extension;
    }

    public Long id() {
        return id;
    }

    public long draftId() {
        return draftId;
    }

    public Instant opensAt() {
        return opensAt;
    }

    public Instant closesAt() {
        return closesAt;
    }

    public Instant closedAt() {
        return closedAt;
    }
}
