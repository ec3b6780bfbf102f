package uz.muhokama.participation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Someone's report that a comment is abusive, with their reason; one per person and comment. */
@Entity
@Table(name = "comment_flag")
class CommentFlag {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "comment_id", nullable = false)
    private long commentId;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "reason", nullable = false)
    private String reason;

    @Column(name = "flagged_at", nullable = false)
    private Instant flaggedAt;

    protected CommentFlag() {}

    CommentFlag(long commentId, long accountId, String reason, Instant now) {
        this.commentId = commentId;
        this.accountId = accountId;
        this.reason = reason;
        this.flaggedAt = now;
    }

    public long commentId() {
        return commentId;
    }

    public String reason() {
        return reason;
    }

    public Instant flaggedAt() {
        return flaggedAt;
    }
}
