package uz.muhokama.discussion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Outbox row for something that happened to a discussion, written in the same transaction as the
 * change itself, so that later work (the report) can claim it even after a crash. The database keeps
 * one row per draft and kind.
 */
@Entity
@Table(name = "discussion_event")
class DiscussionEvent {

    static final String CLOSED = "CLOSED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "draft_id", nullable = false)
    private long draftId;

    @Column(name = "kind", nullable = false)
    private String kind;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "handled_at")
    private Instant handledAt;

    protected DiscussionEvent() {}

    DiscussionEvent(long draftId, String kind, Instant occurredAt) {
        this.draftId = draftId;
        this.kind = kind;
        this.occurredAt = occurredAt;
    }

    public long draftId() {
        return draftId;
    }

    public Instant occurredAt() {
        return occurredAt;
    }
}
