package uz.muhokama.participation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import uz.muhokama.platform.error.Conflict;
import uz.muhokama.platform.error.Forbidden;

/**
 * A person's comment on a draft, or on one clause of it (bound to the clause's stable key, so it
 * follows the clause into later versions), or a reply to another comment. The text is plain; pages
 * escape it. Withdrawn and hidden comments stay in the record for moderators and the report.
 */
@Entity
@Table(name = "comment")
class Comment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "draft_id", nullable = false)
    private long draftId;

    @Column(name = "clause_key")
    private String clauseKey;

    @Column(name = "clause_no")
    private String clauseNumber;

    /** The clause's text as it was commented on, hashed, to tell later whether the clause changed. */
    @Column(name = "clause_digest")
    private String clauseDigest;

    @Column(name = "version_no", nullable = false)
    private int versionNumber;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(name = "author_name", nullable = false)
    private String authorName;

    @Column(name = "author_region")
    private String authorRegion;

    @Column(name = "body", nullable = false)
    private String text;

    @Column(name = "fingerprint", nullable = false)
    private String fingerprint;

    @Column(name = "simhash", nullable = false)
    private long simhash;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false)
    private CommentState state;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "edited_at")
    private Instant editedAt;

    @Column(name = "flag_count", nullable = false)
    private int flagCount;

    @Column(name = "moderation_note")
    private String moderationNote;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected Comment() {}

    Comment(
            long draftId,
            int versionNumber,
            CommentTarget target,
            Long parentId,
            Author author,
            String text,
            Instant now) {
        this.draftId = draftId;
        this.versionNumber = versionNumber;
        if (target != null) {
            this.clauseKey = target.clauseKey();
            this.clauseNumber = target.clauseNumber();
            this.clauseDigest = target.digest();
        }
        this.parentId = parentId;
        this.authorId = author.accountId();
        this.authorName = author.name();
        this.authorRegion = author.regionCode();
        setText(text);
        this.state = CommentState.VISIBLE;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Who wrote a comment, as the public sees them: a display name and a region, never an e-mail. */
    public record Author(long accountId, String name, String regionCode) {}

    /**
     * The author changes the text within the edit window while the comment is shown; the text it
     * replaces is returned to be kept in the comment's history.
     */
    CommentRevision edit(long editorId, String newText, Instant now, Duration editWindow) {
        requireAuthor(editorId);
        if (state != CommentState.VISIBLE) {
            throw new Conflict("comment.edit.not-visible");
        }
        if (now.isAfter(createdAt.plus(editWindow))) {
            throw new Conflict("comment.edit.window-passed");
        }
        CommentRevision previous =
                new CommentRevision(id == null ? 0 : id, text, editedAt == null ? createdAt : editedAt, now);
        setText(newText);
        editedAt = now;
        updatedAt = now;
        return previous;
    }

    void withdraw(long authorId, Instant now) {
        requireAuthor(authorId);
        if (state == CommentState.WITHDRAWN) {
            return;
        }
        if (state == CommentState.HIDDEN) {
            throw new Conflict("comment.withdraw.hidden");
        }
        state = CommentState.WITHDRAWN;
        updatedAt = now;
    }

    void hide(String reason, Instant now) {
        if (state == CommentState.HIDDEN) {
            throw new Conflict("moderation.already-hidden");
        }
        if (state == CommentState.WITHDRAWN) {
            throw new Conflict("moderation.withdrawn");
        }
        state = CommentState.HIDDEN;
        moderationNote = reason;
        updatedAt = now;
    }

    void restore(String reason, Instant now) {
        if (state != CommentState.HIDDEN) {
            throw new Conflict("moderation.not-hidden");
        }
        state = CommentState.VISIBLE;
        moderationNote = reason;
        flagCount = 0;
        updatedAt = now;
    }

    /** Whether the clause this comment was written on now reads differently (or is gone). */
    public boolean clauseChangedSince(String currentDigest) {
        return clauseDigest != null && !clauseDigest.equals(currentDigest);
    }

    private void requireAuthor(long accountId) {
        if (authorId != accountId) {
            throw new Forbidden();
        }
    }

    private void setText(String text) {
        this.text = text;
        List<String> words = CommentText.words(text);
        this.fingerprint = CommentText.fingerprintOf(words);
        this.simhash = CommentText.simhashOf(words);
    }

    public Long id() {
        return id;
    }

    public long draftId() {
        return draftId;
    }

    public String clauseKey() {
        return clauseKey;
    }

    public String clauseNumber() {
        return clauseNumber;
    }

    public int versionNumber() {
        return versionNumber;
    }

    public Long parentId() {
        return parentId;
    }

    public long authorId() {
        return authorId;
    }

    public String authorName() {
        return authorName;
    }

    public String authorRegion() {
        return authorRegion;
    }

    public String text() {
        return text;
    }

    public String fingerprint() {
        return fingerprint;
    }

    public long simhash() {
        return simhash;
    }

    public CommentState state() {
        return state;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant editedAt() {
        return editedAt;
    }

    public int flagCount() {
        return flagCount;
    }

    public String moderationNote() {
        return moderationNote;
    }
}
