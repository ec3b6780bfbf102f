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
import java.time.LocalDate;
import java.util.Optional;
import uz.muhokama.platform.claim.Claim;
import uz.muhokama.platform.claim.Claimable;

/**
 * Something that happened that people may hear of, recorded in the transaction where it happened; its
 * {@link Claim} is the fan-out's (one instance turns it into notification rows). The match columns are
 * the draft's at that moment, so later edits do not change who was told.
 */
@Entity
@Table(name = "notification_event")
class NotificationEvent implements Claimable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false, updatable = false)
    private EventType type;

    @Column(name = "draft_id", updatable = false)
    private Long draftId;

    @Column(name = "comment_id", updatable = false)
    private Long commentId;

    /** The one person it concerns, when it concerns one (the author replied to). */
    @Column(name = "account_id", updatable = false)
    private Long accountId;

    @Column(name = "sector_code", updatable = false)
    private String sectorCode;

    @Column(name = "agency_code", updatable = false)
    private String agencyCode;

    @Column(name = "region_code", updatable = false)
    private String regionCode;

    @Column(name = "act_type", updatable = false)
    private String actType;

    @Column(name = "opens_on", updatable = false)
    private LocalDate opensOn;

    /** A short fact the texts need (the new closing day of an extension, how many applications wait). */
    @Column(name = "detail", updatable = false)
    private String detail;

    /** Set for events found by a periodic look, so that they are recorded once whichever instance looks. */
    @Column(name = "dedup_key", updatable = false)
    private String dedupKey;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    /** The thing was since hidden or withdrawn: nobody is told of it any more. */
    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Embedded
    private Claim claim;

    protected NotificationEvent() {}

    NotificationEvent(EventType type, Instant now) {
        this.type = type;
        this.occurredAt = now;
        this.claim = Claim.pending(now);
    }

    /** The draft it is about, and the draft's match columns as they are now. */
    NotificationEvent about(
            long draftId, String sectorCode, String agencyCode, String regionCode, String actType, LocalDate opensOn) {
        this.draftId = draftId;
        this.sectorCode = sectorCode;
        this.agencyCode = agencyCode;
        this.regionCode = regionCode;
        this.actType = actType;
        this.opensOn = opensOn;
        return this;
    }

    NotificationEvent draft(long draftId) {
        this.draftId = draftId;
        return this;
    }

    NotificationEvent comment(long commentId) {
        this.commentId = commentId;
        return this;
    }

    NotificationEvent forAccount(long accountId) {
        this.accountId = accountId;
        return this;
    }

    NotificationEvent agency(String agencyCode) {
        this.agencyCode = agencyCode;
        return this;
    }

    NotificationEvent detail(String detail) {
        this.detail = detail;
        return this;
    }

    NotificationEvent dedupKey(String dedupKey) {
        this.dedupKey = dedupKey;
        return this;
    }

    /** Hidden or withdrawn since: left out of every mailing and page from now on. Once. */
    void cancel(Instant now) {
        if (cancelledAt == null) {
            cancelledAt = now;
        }
    }

    @Override
    public Claim claim() {
        return claim;
    }

    Long id() {
        return id;
    }

    EventType type() {
        return type;
    }

    Optional<Long> draftId() {
        return Optional.ofNullable(draftId);
    }

    Optional<Long> commentId() {
        return Optional.ofNullable(commentId);
    }

    Optional<Long> accountId() {
        return Optional.ofNullable(accountId);
    }

    String sectorCode() {
        return sectorCode;
    }

    String agencyCode() {
        return agencyCode;
    }

    String regionCode() {
        return regionCode;
    }

    String actType() {
        return actType;
    }

    LocalDate opensOn() {
        return opensOn;
    }

    Optional<String> detail() {
        return Optional.ofNullable(detail);
    }

    Instant occurredAt() {
        return occurredAt;
    }

    boolean isCancelled() {
        return cancelledAt != null;
    }
}
