package uz.muhokama.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import uz.muhokama.platform.claim.Claim;
import uz.muhokama.platform.claim.Claimable;

/**
 * Claimable work of e-mail delivery: the instant e-mails of one event's shard (written by the fan-out),
 * or one digest run for one Tashkent hour slot and shard (written by {@link DigestJob}). The unique key
 * (kind, work key, shard) makes every instance that looks create the same row once.
 */
@Entity
@Table(name = "notification_delivery")
class NotificationDelivery implements Claimable {

    /** What the delivery mails. */
    enum Kind {
        /** One event's notifications, each its own e-mail, for people whose choice is "at once". */
        INSTANT,
        /** One hour slot's daily digests. */
        DAILY,
        /** One hour slot's weekly digests (people whose digest day is the slot's). */
        WEEKLY
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    private Kind kind;

    /** {@code event-<id>} for an instant delivery, the slot ({@code 2026-12-08T08}) for a digest. */
    @Column(name = "work_key", nullable = false, updatable = false)
    private String workKey;

    @Column(name = "event_id", updatable = false)
    private Long eventId;

    /** The start of a digest's hour slot. */
    @Column(name = "slot_at", updatable = false)
    private Instant slotAt;

    @Column(name = "shard", nullable = false, updatable = false)
    private int shard;

    /** E-mails sent so far (all attempts). */
    @Column(name = "sent", nullable = false)
    private int sent;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Embedded
    private Claim claim;

    protected NotificationDelivery() {}

    /** One shard of a digest run for {@code slot}. */
    static NotificationDelivery digest(Kind kind, DigestSlot slot, int shard, Instant now) {
        NotificationDelivery delivery = new NotificationDelivery();
        delivery.kind = kind;
        delivery.workKey = slot.key();
        delivery.slotAt = slot.start();
        delivery.shard = shard;
        delivery.createdAt = now;
        delivery.claim = Claim.pending(now);
        return delivery;
    }

    void sent(int count) {
        sent += count;
    }

    @Override
    public Claim claim() {
        return claim;
    }

    Long id() {
        return id;
    }

    Kind kind() {
        return kind;
    }

    String workKey() {
        return workKey;
    }

    Long eventId() {
        return eventId;
    }

    Instant slotAt() {
        return slotAt;
    }

    int shard() {
        return shard;
    }

    int sentSoFar() {
        return sent;
    }
}
