package uz.muhokama.draft;

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
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import uz.muhokama.platform.error.Conflict;
import uz.muhokama.platform.error.InvalidInput;
import uz.muhokama.platform.error.TextRules;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.i18n.SearchText;

/** A draft normative act of one agency. Its public number is {@code ID-} followed by its id ({@link DraftNumber}). */
@Entity
@Table(name = "draft")
public class Draft {

    /** The withdrawal reason's column. */
    static final int MAX_REASON = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "agency_code", nullable = false)
    private String agencyCode;

    @Column(name = "act_type_code", nullable = false)
    private String actTypeCode;

    @Column(name = "sector_code", nullable = false)
    private String sectorCode;

    @Embedded
    private DraftTexts texts;

    @Column(name = "needs_ria", nullable = false)
    private boolean needsRia;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false)
    private DraftState state;

    @Column(name = "current_version", nullable = false)
    private int currentVersion;

    /** Up to 16,000 characters needed only when the text changes; not read with every view. */
    @jakarta.persistence.Basic(fetch = jakarta.persistence.FetchType.LAZY)
    @Column(name = "search_text", nullable = false)
    private String searchText;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** Comments on the draft as last tallied by the participation feature; only for ordering. */
    @Column(name = "comment_count", nullable = false)
    private int commentCount;

    /** Kept with every attachment added or removed, so that a draft without any needs no read for them. */
    @Column(name = "attachment_count", nullable = false)
    private int attachmentCount;

    /** Kept with every extension, so that the page of a discussion never extended needs no read for it. */
    @Column(name = "extension_count", nullable = false)
    private int extensionCount;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    /** When the agency published its decisions on the public's proposals (the summary of the discussion). */
    @Column(name = "summary_published_at")
    private Instant summaryPublishedAt;

    @Column(name = "withdrawal_reason")
    private String withdrawalReason;

    /** A copy of the discussion's window for search; the discussion itself stays the authority. */
    @Column(name = "discussion_opens_at")
    private Instant discussionOpensAt;

    @Column(name = "discussion_closes_at")
    private Instant discussionClosesAt;

    protected Draft() {}

    Draft(String agencyCode, DraftForm form, Instant now) {
        this.agencyCode = agencyCode;
        this.state = DraftState.UNPUBLISHED;
        this.currentVersion = 1;
        this.createdAt = now;
        describe(form, now);
    }

    /** Kept while other features still call it; {@link DraftNumber#of} is the number's own place. */
    public static String numberOf(long id) {
        return DraftNumber.of(id);
    }

    /**
     * Parses "ID-104512", "id104512" or "104512"; anything else is no draft number. Kept while other
     * features still call it; {@link DraftNumber#idFrom} is the number's own place.
     */
    public static Optional<Long> idFromNumber(String number) {
        return DraftNumber.idFrom(number);
    }

    public String number() {
        return DraftNumber.of(id);
    }

    /** Sets titles, summaries and classification; the clauses go into a version. */
    void describe(DraftForm form, Instant now) {
        // The search text is fetched lazily, and fetching it re-reads the whole row: were it fetched by
        // the write at the end, every change made before it here would be undone (an edit's new titles
        // were lost that way). So it is fetched before anything changes.
        searchText();
        texts = DraftTexts.of(form);
        actTypeCode = form.actType();
        sectorCode = form.sector();
        needsRia = form.needsRia();
        updatedAt = now;
        refreshSearchText();
    }

    /** Unpublished text is edited in place; once public, every edit is a new version. */
    boolean editsMakeNewVersions() {
        if (state == DraftState.WITHDRAWN) {
            throw new Conflict("draft.withdrawn");
        }
        return state == DraftState.PUBLISHED;
    }

    int nextVersion() {
        return ++currentVersion;
    }

    void publish(Instant now) {
        if (state != DraftState.UNPUBLISHED) {
            throw new Conflict("draft.publish.already");
        }
        state = DraftState.PUBLISHED;
        publishedAt = now;
        updatedAt = now;
    }

    void withdraw(String reason, Instant now) {
        if (state == DraftState.WITHDRAWN) {
            throw new Conflict("draft.withdrawn");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("reason", "draft.withdraw.reason-required");
        }
        if (reason.strip().length() > MAX_REASON) {
            throw new InvalidInput("reason", "draft.withdraw.reason-too-long", MAX_REASON);
        }
        TextRules.require("reason", reason);
        state = DraftState.WITHDRAWN;
        withdrawnAt = now;
        withdrawalReason = reason.trim();
        updatedAt = now;
    }

    /** The agency published the summary of the discussion: once, for a published draft whose discussion has closed. */
    void summaryPublished(Instant now) {
        if (state != DraftState.PUBLISHED || discussionClosesAt == null || discussionClosesAt.isAfter(now)) {
            throw new Conflict("draft.summary.not-closed");
        }
        if (summaryPublishedAt == null) {
            summaryPublishedAt = now;
            updatedAt = now;
        }
    }

    public Instant summaryPublishedAt() {
        return summaryPublishedAt;
    }

    void windowIs(Instant opensAt, Instant closesAt) {
        discussionOpensAt = opensAt;
        discussionClosesAt = closesAt;
    }

    /** A discussion recorded as it already happened (demo data): its window and how often it was extended. */
    void historyIs(Instant opensAt, Instant closesAt, int extensions) {
        windowIs(opensAt, closesAt);
        extensionCount = extensions;
    }

    void extendedTo(Instant closesAt) {
        discussionClosesAt = closesAt;
        extensionCount++;
    }

    void attachmentAdded() {
        attachmentCount++;
    }

    void attachmentRemoved() {
        attachmentCount = Math.max(0, attachmentCount - 1);
    }

    boolean hasAttachments() {
        return attachmentCount > 0;
    }

    boolean wasExtended() {
        return extensionCount > 0;
    }

    Instant discussionOpensAt() {
        return discussionOpensAt;
    }

    Instant discussionClosesAt() {
        return discussionClosesAt;
    }

    /** The list of versions of a draft never edited since it was written: its first version, made with it. */
    Optional<List<DraftView.VersionInfo>> onlyVersion() {
        return currentVersion == 1 ? Optional.of(List.of(new DraftView.VersionInfo(1, createdAt, null))) : Optional.empty();
    }

    public boolean belongsTo(String agency) {
        return agencyCode.equals(agency);
    }

    public boolean isPublic() {
        return state != DraftState.UNPUBLISHED && publishedAt != null;
    }

    /** The title in the reader's language, or the Uzbek one where no translation was given. */
    public String title(Language language) {
        return texts.title(language);
    }

    public String summary(Language language) {
        return texts.summary(language);
    }

    private void refreshSearchText() {
        searchText = SearchText.normalize(Stream.concat(Stream.ofNullable(id == null ? null : number()), texts.given())
                .collect(Collectors.joining(" | ")));
    }

    /** The number is known only once the row exists; searching by number needs it in the text. */
    void numberAssigned() {
        refreshSearchText();
    }

    String searchText() {
        return searchText;
    }

    public Long id() {
        return id;
    }

    public String agencyCode() {
        return agencyCode;
    }

    public String actTypeCode() {
        return actTypeCode;
    }

    public String sectorCode() {
        return sectorCode;
    }

    /** The title and summary in every language they were written in. */
    DraftTexts texts() {
        return texts;
    }

    public boolean needsRia() {
        return needsRia;
    }

    public DraftState state() {
        return state;
    }

    public int commentCount() {
        return commentCount;
    }

    public int currentVersion() {
        return currentVersion;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public Instant withdrawnAt() {
        return withdrawnAt;
    }

    public String withdrawalReason() {
        return withdrawalReason;
    }
}
