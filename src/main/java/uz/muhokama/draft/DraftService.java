package uz.muhokama.draft;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uz.muhokama.discussion.DiscussionService;
import uz.muhokama.discussion.DiscussionView;
import uz.muhokama.platform.error.ResourceNotFound;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.i18n.Messages;
import uz.muhokama.platform.time.PortalTimeZone;
import uz.muhokama.platform.web.Cursor;
import uz.muhokama.platform.web.Cursors;
import uz.muhokama.reference.ReferenceCatalog;
import uz.muhokama.reference.ReferenceItem;
import uz.muhokama.reference.ReferenceList;

/**
 * Reading drafts: a draft at one of its versions, what changed between two, the search and the agency's
 * own list, and what other features need of a draft (its public text, its titles, its number). To anyone
 * but its own agency's editors an unpublished draft does not exist ({@link DraftAccess}). Writing is
 * {@link DraftEditing}'s, publishing {@link DraftPublication}'s.
 */
@ApplicationScoped
public class DraftService {

    @Inject
    Cursors cursors;

    /** A search word that begins words of at most this many drafts narrows the search to those drafts first. */
    @Inject
    @ConfigProperty(name = "muhokama.drafts.search.rare-word-limit", defaultValue = "2000")
    int rareWordLimit;

    @Inject
    DraftRepository drafts;

    @Inject
    DraftSearchRepository publicSearch;

    @Inject
    DraftSearchRules rules;

    @Inject
    DraftAccess access;

    @Inject
    PublishedText publishedText;

    @Inject
    DiscussionService discussions;

    @Inject
    AttachmentRepository attachments;

    @Inject
    ReferenceCatalog reference;

    @Inject
    PortalTimeZone timeZone;

    @Inject
    Clock clock;

    @Inject
    Messages messages;

    /** A draft at its current version, or at the version asked for; 404 if the caller may not see it. */
    @Transactional
    public DraftView view(String number, Integer versionNumber, Language language) {
        Draft draft = access.visibleDraft(number);
        int shown = versionNumber == null ? draft.currentVersion() : versionNumber;
        List<DraftView.ClauseView> clauses = clauses(draft, shown);
        // Most drafts were never edited, extended or given files: what the draft row says of them spares
        // three reads per view.
        List<DraftView.VersionInfo> versions = draft.currentVersion() == 1
                ? List.of(new DraftView.VersionInfo(1, draft.createdAt(), null))
                : publishedText.versions(draft, () -> drafts.versionInfos(draft.id()));
        DiscussionCopy copy = draft.discussion();
        DiscussionView discussion = copy.wasExtended() || copy.opensAt() == null
                ? discussions.forDraft(draft.id()).orElse(null)
                : discussions.viewOfUnextended(copy.opensAt(), copy.closesAt());
        List<AttachmentView> files = draft.hasAttachments() ? attachments.of(draft.id(), draft.number()) : List.of();
        ShownText title = draft.texts().shownTitle(language);
        ShownText summary = draft.texts().shownSummary(language);
        return new DraftView(
                draft.number(),
                title.text(),
                summary.text(),
                title.language(),
                title.generated(),
                summary.language(),
                summary.generated(),
                status(draft, discussion),
                draft.texts().titles(),
                draft.texts().summaries(),
                item(ReferenceList.SECTORS, draft.sectorCode(), language),
                item(ReferenceList.ACT_TYPES, draft.actTypeCode(), language),
                item(ReferenceList.AGENCIES, draft.agencyCode(), language),
                draft.needsRia(),
                shown,
                versions,
                clauses,
                files,
                discussion,
                draft.publishedAt(),
                draft.withdrawnAt(),
                draft.withdrawalReason());
    }

    /**
     * The titles of public drafts by number, in the asked language, in one query (a list of reports, an
     * e-mail, say); unknown numbers are left out. A title transliterated by the portal says so in its own
     * words ({@link ShownText#plain}): these titles go where no page can mark them (e-mails, digests).
     */
    @Transactional
    public Map<String, String> publicTitles(Collection<String> numbers, Language language) {
        List<Long> ids = numbers.stream()
                .map(DraftNumber::idFrom)
                .flatMap(Optional::stream)
                .distinct()
                .toList();
        Map<String, String> titles = new HashMap<>();
        drafts.publicHeaders(ids)
                .forEach(h -> titles.put(
                        DraftNumber.of(h.id()),
                        ShownText.of(language, h.titleUz(), h.titleUzCyrl(), h.titleRu(), h.titleEn())
                                .plain(messages, language)));
        return titles;
    }

    /** A published (or withdrawn) draft at its current version, for features that work on drafts; 404 otherwise. */
    @Transactional
    public PublicDraft publicDraft(String number, Language language) {
        // Read on every comment and vote: only the columns needed, not the draft's long texts.
        DraftRepository.Header draft =
                DraftNumber.idFrom(number).flatMap(drafts::publicHeader).orElseThrow(ResourceNotFound::new);
        int current = draft.currentVersion();
        List<DraftView.ClauseView> clauses = publishedText
                .clauses(draft.id(), true, current, () -> clauseViews(draft.id(), current))
                .orElseThrow(ResourceNotFound::new);
        ShownText title =
                ShownText.of(language, draft.titleUz(), draft.titleUzCyrl(), draft.titleRu(), draft.titleEn());
        return new PublicDraft(
                draft.id(),
                DraftNumber.of(draft.id()),
                title.text(),
                title.generated(),
                draft.agencyCode(),
                draft.state() == DraftState.WITHDRAWN,
                current,
                clauses);
    }

    /**
     * The signed-in editor's own agency's draft, its row locked until the transaction ends, for a feature
     * that changes something belonging to the draft (publishing takes the same lock); 404 for anyone else's.
     */
    @Transactional
    public AgencyDraft agencyDraftForChange(String number) {
        return AgencyDraft.of(access.ownDraftLocked(number));
    }

    /**
     * Records that the draft's agency published the summary of its discussion (the {@code report}
     * feature decides when): the draft's status becomes "summary published" in search and lists.
     * In the caller's transaction, so that the summary and the status appear together.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordSummaryPublished(long draftId) {
        drafts.find(draftId).orElseThrow(ResourceNotFound::new).summaryPublished(clock.instant());
    }

    /** The public number of a draft known by id. */
    public String numberOf(long draftId) {
        return DraftNumber.of(draftId);
    }

    /** Published drafts whose discussion was open at some moment between {@code since} and now. */
    @Transactional
    public List<Long> discussedSince(Instant since) {
        return drafts.discussedBetween(since, clock.instant());
    }

    /** Records how many comments each draft has, for the "most discussed" order (absolute counts). */
    @Transactional
    public void recordCommentCounts(Map<Long, Long> countsByDraft) {
        countsByDraft.forEach(drafts::setCommentCount);
    }

    /** What changed between two versions, clause by clause. */
    @Transactional
    public VersionChanges changes(String number, int from, int to, Language language) {
        DraftView older = view(number, from, language);
        DraftView newer = view(number, to, language);
        return new VersionChanges(
                newer.number(), newer.title(), from, to, VersionComparison.compare(older.clauses(), newer.clauses()));
    }

    @Transactional
    public DraftPage search(DraftSearch search, Language language) {
        rules.check(search);
        Cursor after = cursors.read(search.cursor(), "drafts", search.filters());
        DraftSearchRepository.SearchResult result =
                publicSearch.search(search, after, clock.instant(), timeZone.zone(), rareWordLimit);
        long before = after == null ? (long) (search.page() - 1) * search.size() : after.seen();
        String next = result.lastKeys() == null
                ? null
                : cursors.write(Cursor.after("drafts", search.filters(), before + search.size(), result.lastKeys()));
        return new DraftPage(
                summaries(result.drafts(), language),
                result.total(),
                result.totalExact(),
                (int) Math.min(Integer.MAX_VALUE, before / search.size() + 1),
                search.size(),
                next);
    }

    /** The signed-in editor's own agency's drafts, unpublished ones included. */
    @Transactional
    public List<DraftSummary> ownDrafts(Language language) {
        return summaries(drafts.ofAgency(access.editor().agencyCode()), language);
    }

    /** Summaries for a page of drafts with a fixed number of queries, however long the page. */
    private List<DraftSummary> summaries(List<Draft> page, Language language) {
        Map<Long, DiscussionView> windows =
                discussions.forDrafts(page.stream().map(Draft::id).toList());
        Map<String, ReferenceItem> sectors = byCode(ReferenceList.SECTORS, language);
        Map<String, ReferenceItem> actTypes = byCode(ReferenceList.ACT_TYPES, language);
        Map<String, ReferenceItem> agencies = byCode(ReferenceList.AGENCIES, language);
        return page.stream()
                .map(d -> {
                    DiscussionView window = windows.get(d.id());
                    ShownText title = d.texts().shownTitle(language);
                    return new DraftSummary(
                            d.number(),
                            title.text(),
                            title.language(),
                            title.generated(),
                            status(d, window),
                            sectors.get(d.sectorCode()),
                            actTypes.get(d.actTypeCode()),
                            agencies.get(d.agencyCode()),
                            window == null ? null : window.opensAt(),
                            window == null ? null : window.closesAt(),
                            d.publishedAt());
                })
                .toList();
    }

    private List<DraftView.ClauseView> clauses(Draft draft, int version) {
        return publishedText
                .clauses(draft, version, () -> clauseViews(draft.id(), version))
                .orElseThrow(ResourceNotFound::new);
    }

    /** A version's clauses in one query; a version without clauses is told apart from one that does not exist. */
    private Optional<List<DraftView.ClauseView>> clauseViews(long draftId, int version) {
        List<DraftView.ClauseView> clauses = drafts.clauseViews(draftId, version);
        return clauses.isEmpty() ? drafts.version(draftId, version).map(v -> List.of()) : Optional.of(clauses);
    }

    static DraftStatus status(Draft draft, DiscussionView discussion) {
        return DraftStatus.of(draft, discussion == null ? null : discussion.status());
    }

    private Map<String, ReferenceItem> byCode(ReferenceList list, Language language) {
        Map<String, ReferenceItem> items = new HashMap<>();
        reference.list(list, language).forEach(i -> items.put(i.code(), i));
        return items;
    }

    private ReferenceItem item(ReferenceList list, String code, Language language) {
        return reference.find(list, code, language).orElse(null);
    }
}
