package uz.muhokama.discussion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One extension of a discussion: from when to when, why, and who decided. Public history. */
@Entity
@Table(name = "discussion_extension")
class Extension {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "discussion_id")
    private Discussion discussion;

    @Column(name = "previous_closes_at", nullable = false)
    private Instant previousClosesAt;

    @Column(name = "new_closes_at", nullable = false)
    private Instant newClosesAt;

    @Column(name = "reason", nullable = false)
    private String reason;

    @Column(name = "extended_at", nullable = false)
    private Instant extendedAt;

    @Column(name = "extended_by", nullable = false)
    private long extendedBy;

    protected Extension() {}

    Extension(
            Discussion discussion,
            Instant previousClosesAt,
            Instant newClosesAt,
            String reason,
            Instant extendedAt,
            long extendedBy) {
        this.discussion = discussion;
        this.previousClosesAt = previousClosesAt;
        this.newClosesAt = newClosesAt;
        this.reason = reason;
        this.extendedAt = extendedAt;
        this.extendedBy = extendedBy;
    }

    long discussionId() {
        return discussion.id();
    }

    public Instant previousClosesAt() {
        return previousClosesAt;
    }

    public Instant newClosesAt() {
        return newClosesAt;
    }

    public String reason() {
        return reason;
    }

    public Instant extendedAt() {
        return extendedAt;
    }
}
