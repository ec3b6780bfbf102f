package uz.muhokama.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One person's notification of one event, whichever ways they follow it (the table's unique key):
 * shown on their notifications page, and e-mailed at once, in a digest, or not at all. Rows are
 * written by the fan-out's set operation, not by this class; the mail state moves only forward
 * (WAITING or DIGEST → SENT or SKIPPED), by conditional updates, so no item is mailed twice.
 */
@Entity
@Table(name = "notification")
class Notification {

    /** Where its e-mail stands. */
    enum MailState {
        /** To go at once or in a digest, as the person's choice for its topic says when it is mailed. */
        WAITING,
        /** Held back by the daily limit: goes in the person's next daily digest. */
        DIGEST,
        SENT,
        /** Never mailed: the person chose never, or the item was hidden or withdrawn first. */
        SKIPPED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "event_id", nullable = false, updatable = false)
    private long eventId;

    @Enumerated(EnumType.STRING)
    @Column(name = "topic", nullable = false, updatable = false)
    private Topic topic;

    @Column(name = "shard", nullable = false, updatable = false)
    private int shard;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "mail_state", nullable = false)
    private MailState mailState;

    @Column(name = "mailed_at")
    private Instant mailedAt;

    /** The Message-ID's local part of the e-mail that carried it (an instant message or a digest). */
    @Column(name = "mailed_in")
    private String mailedIn;

    protected Notification() {}

    /** Read by its owner; reading again changes nothing. */
    void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    Long id() {
        return id;
    }

    long accountId() {
        return accountId;
    }

    long eventId() {
        return eventId;
    }

    Topic topic() {
        return topic;
    }

    int shard() {
        return shard;
    }

    Instant createdAt() {
        return createdAt;
    }

    boolean isRead() {
        return readAt != null;
    }

    MailState mailState() {
        return mailState;
    }

    Instant mailedAt() {
        return mailedAt;
    }

    String mailedIn() {
        return mailedIn;
    }
}
