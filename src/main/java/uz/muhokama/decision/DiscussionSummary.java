package uz.muhokama.decision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The published summary of a discussion: once per draft, final; the counts per decision and when. */
@Entity
@Table(name = "discussion_summary")
class DiscussionSummary {

    @Id
    @Column(name = "draft_id")
    private long draftId;

    @Column(name = "accepted", nullable = false)
    private long accepted;

    @Column(name = "partly_accepted", nullable = false)
    private long partlyAccepted;

    @Column(name = "rejected", nullable = false)
    private long rejected;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "published_by", nullable = false)
    private long publishedBy;

    protected DiscussionSummary() {}

    DiscussionSummary(
            long draftId, long accepted, long partlyAccepted, long rejected, Instant publishedAt, long publishedBy) {
        this.draftId = draftId;
        this.accepted = accepted;
        this.partlyAccepted = partlyAccepted;
        this.rejected = rejected;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
    }

    public long draftId() {
        return draftId;
    }

    public long accepted() {
        return accepted;
    }

    public long partlyAccepted() {
        return partlyAccepted;
    }

    public long rejected() {
        return rejected;
    }

    public long total() {
        return accepted + partlyAccepted + rejected;
    }

    public Instant publishedAt() {
        return publishedAt;
    }
}
