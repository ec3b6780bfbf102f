package uz.muhokama.notification;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One thing one person follows. {@code targetKey} is what makes two follows the same (a code, a draft's
 * id, a search's canonical query), so the table's unique key keeps one per person and thing; the match
 * columns are what the fan-out compares with an event (a column left NULL matches anything).
 */
@Entity
@Table(name = "subscription")
class Subscription {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "target", nullable = false, updatable = false)
    private FollowTarget target;

    @Column(name = "target_key", nullable = false, updatable = false)
    private String targetKey;

    @Column(name = "sector_code", updatable = false)
    private String sectorCode;

    @Column(name = "agency_code", updatable = false)
    private String agencyCode;

    @Column(name = "region_code", updatable = false)
    private String regionCode;

    @Column(name = "act_type", updatable = false)
    private String actType;

    @Column(name = "draft_id", updatable = false)
    private Long draftId;

    @Column(name = "opens_from", updatable = false)
    private LocalDate opensFrom;

    @Column(name = "opens_to", updatable = false)
    private LocalDate opensTo;

    /** A saved search's query as the person wrote it, for its label; the words that match are below. */
    @Column(name = "words", updatable = false)
    private String words;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "subscription_word", joinColumns = @JoinColumn(name = "subscription_id"))
    @Column(name = "word")
    private Set<String> matchWords = new LinkedHashSet<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Subscription() {}

    Subscription(long accountId, FollowKey key, Instant now) {
        this.accountId = accountId;
        this.target = key.target();
        this.targetKey = key.key();
        this.sectorCode = key.sector();
        this.agencyCode = key.agency();
        this.regionCode = key.region();
        this.actType = key.actType();
        this.draftId = key.draftId();
        this.opensFrom = key.from();
        this.opensTo = key.to();
        this.words = key.q();
        this.matchWords = new LinkedHashSet<>(key.words());
        this.createdAt = now;
    }

    /** What it follows, as it was asked for. */
    FollowKey key() {
        return new FollowKey(
                target,
                targetKey,
                sectorCode,
                agencyCode,
                regionCode,
                actType,
                draftId,
                opensFrom,
                opensTo,
                words,
                matchWords.stream().sorted().toList());
    }

    Long id() {
        return id;
    }

    long accountId() {
        return accountId;
    }

    Instant createdAt() {
        return createdAt;
    }
}
