package uz.muhokama.participation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One person's vote on one draft; the database allows one row per person and draft. */
@Entity
@Table(name = "vote")
class Vote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "draft_id", nullable = false)
    private long draftId;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "choice", nullable = false)
    private VoteChoice choice;

    @Column(name = "cast_at", nullable = false)
    private Instant castAt;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected Vote() {}

    Vote(long draftId, long accountId, VoteChoice choice, Instant now) {
        this.draftId = draftId;
        this.accountId = accountId;
        this.choice = choice;
        this.castAt = now;
        this.changedAt = now;
    }

    public VoteChoice choice() {
        return choice;
    }
}
