package uz.muhokama.draft;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import uz.muhokama.platform.error.Conflict;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.i18n.SearchText;

/** A draft normative act of one agency. Its public number is {@code ID-} followed by its id ({@link DraftNumber}). */
@Entity
@Table(name = "draft")
class Draft {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "agency_code", nullable = false)
    private String agencyCode;

    @Column(name = "act_type_code", nullable = false)
    private String actTypeCode;

    @Column(name = "sector_code", nullable = false)
    private String sectorCode;

    /** The region whose own authority the agency is, from the agency when the draft is made; none for national bodies. */
    @Column(name = "region_code", updatable = false)
    private String regionCode;

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
    @Basic(fetch = FetchType.LAZY)
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

    @Column(name = "published_at")
    private Instant publishedAt;

    /** When the agency published its decisions on the public's proposals (the summary of the discussion). */
    @Column(name = "summary_published_at")
    private Instant summaryPublishedAt;

    /** Null until the draft is withdrawn (a row whose columns are all empty reads back as none). */
    @Embedded
    private Withdrawal withdrawal;

    @Embedded
    private DiscussionCopy discussion = DiscussionCopy.none();

    protected Draft() {}

    Draft(String agencyCode, String regionCode, DraftForm form, Instant now) {
        this.agencyCode = agencyCode;
        this.regionCode = regionCode;
        this.state = DraftState.UNPUBLISHED;
        this.currentVersion = 1;
        this.createdAt = now;
        describe(form, now);
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
        withdrawal = Withdrawal.because(reason, now);
        state = DraftState.WITHDRAWN;
        updatedAt = now;
    }

    /** The agency published the summary of the discussion: once, for a published draft whose discussion has closed. */
    void summaryPublished(Instant now) {
        if (state != DraftState.PUBLISHED || !discussion.closedBy(now)) {
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
        discussion = discussion.scheduled(opensAt, closesAt);
    }

    /** A discussion recorded as it already happened (demo data): its window and how often it was extended. */
    void historyIs(Instant opensAt, Instant closesAt, int extensions) {
        discussion = DiscussionCopy.of(opensAt, closesAt, extensions);
    }

    /** A later end is a change of the draft too: lists that say when a draft last changed (feeds) show it. */
    void extendedTo(Instant closesAt, Instant now) {
        discussion = discussion.extendedTo(closesAt);
        updatedAt = now;
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

    /** The copy of the discussion's window this row keeps. */
    DiscussionCopy discussion() {
        return discussion;
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

    public Optional<String> regionCode() {
        return Optional.ofNullable(regionCode);
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

    /** When its text, window, withdrawal or summary last changed (publication included). */
    public Instant changedAt() {
        return updatedAt;
    }

    public Instant withdrawnAt() {
        return withdrawal == null ? null : withdrawal.at();
    }

    public String withdrawalReason() {
        return withdrawal == null ? null : withdrawal.reason();
    }
}
