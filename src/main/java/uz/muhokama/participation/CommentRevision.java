package uz.muhokama.participation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A text a comment had before its author edited it: kept for moderators and the agency's report. */
@Entity
@Table(name = "comment_revision")
class CommentRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "comment_id", nullable = false)
    private long commentId;

    @Column(name = "body", nullable = false)
    private String text;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    @Column(name = "replaced_at", nullable = false)
    private Instant replacedAt;

    protected CommentRevision() {}

    CommentRevision(long commentId, String text, Instant writtenAt, Instant replacedAt) {
        this.commentId = commentId;
        this.text = text;
        this.writtenAt = writtenAt;
        this.replacedAt = replacedAt;
    }

    public long commentId() {
        return commentId;
    }

    public String text() {
        return text;
    }

    public Instant writtenAt() {
        return writtenAt;
    }

    public Instant replacedAt() {
        return replacedAt;
    }
}
