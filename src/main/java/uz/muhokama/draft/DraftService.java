package uz.muhokama.draft;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uz.muhokama.discussion.DiscussionService;
import uz.muhokama.discussion.DiscussionView;
import uz.muhokama.discussion.DiscussionWindow;
import uz.muhokama.platform.error.FieldError;
import uz.muhokama.platform.error.InvalidInput;
import uz.muhokama.platform.error.ResourceNotFound;
import uz.muhokama.platform.error.Validation;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.security.Caller;
import uz.muhokama.platform.security.CurrentCaller;
import uz.muhokama.platform.security.Role;
import uz.muhokama.platform.time.PortalTimeZone;
import uz.muhokama.platform.web.Cursor;
import uz.muhokama.platform.web.Cursors;
import uz.muhokama.reference.ReferenceCatalog;
import uz.muhokama.reference.ReferenceItem;
import uz.muhokama.reference.ReferenceList;

/**
 * Writing, publishing and reading drafts. An agency editor acts only on its own agency's drafts; to
 * anyone else an unpublished draft does not exist (404, so that existence does not leak).
 */
@ApplicationScoped
public class DraftService {

    static final Set<String> SORTS = Set.of("newest", "oldest", "closing", "discussed");

    /** A search word that begins words of at most this many drafts narrows the search to those drafts first. */
    @Inject
    Cursors cursors;

    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "muhokama.drafts.search.rare-word-limit", defaultValue = "2000")
    int rareWordLimit;

    @Inject
    DraftRepository drafts;

    @Inject
    PublishedText publishedText;

    @Inject
    DiscussionService discussions;

    @Inject
    AttachmentRepository attachments;

    @Inject
    ReferenceCatalog reference;

    @Inject
    Validation validation;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    PortalTimeZone timeZone;

    @Inject
    Clock clock;

    /** Rules later features add to publishing (the regulatory impact assessment's, for one). */
    @Inject
    @jakarta.enterprise.inject.Any
    jakarta.enterprise.inject.Instance<PublicationCheck> publicationChecks;

    @Transactional
    public Draft create(DraftForm form) {
        Caller editor = editor();
        check(form);
        Instant now = clock.instant();
        Draft draft = drafts.add(new Draft(editor.agencyCode(), form, now));
        DraftVersion first = new DraftVersion(draft.id(), 1, now, null);
        first.writeClauses(form.clauses(), List.of());
        drafts.add(first);
        return draft;
    }

    /** Unpublished: edited in place. Published: a new version; clauses sent with their key keep it. */
    @Transactional
    public Draft update(String number, DraftForm form) {
        Draft draft = ownDraft(number);
        check(form);
        Instant now = clock.instant();
        boolean newVersion = draft.editsMakeNewVersions();
        DraftVersion current = drafts.version(draft.id(), draft.currentVersion()).orElseThrow();
        draft.describe(form, now);
        drafts.indexTerms(draft);
        if (newVersion) {
            DraftVersion next = new DraftVersion(draft.id(), draft.nextVersion(), now, form.changeNote());
            next.writeClauses(form.clauses(), current.clauses());
            drafts.add(next);
        } else {
            // Replaced whole. EclipseLink writes new rows before it deletes orphans, so a clause keeping its
            // number or key would meet its old row in uq_clause_no / uq_clause_key (a 500): the old rows go first.
            List<Clause> previous = current.clauses();
            current.removeClauses();
            drafts.flush();
            current.writeClauses(form.clauses(), previous);
        }
        return draft;
    }

    @Transactional
    public Draft publish(String number, PublishRequest request) {
        // Locked: what the publication checks read (the assessment, whose edits take the same lock) cannot
        // change between the check and the commit.
        Draft draft = ownDraftLocked(number);
        if (request == null) {
            throw new InvalidInput("opensAt", "discussion.window.opens-required");
        }
        AgencyDraft candidate = AgencyDraft.of(draft);
        if (!draft.isPublic()) {
            publicationChecks.forEach(check -> check.check(candidate));
        }
        Instant now = clock.instant();
        draft.publish(now);
        publicationChecks.forEach(check -> check.published(candidate, now));
        drafts.indexTerms(draft);
        DiscussionView window = discussions.schedule(draft.id(), new DiscussionWindow(request.opensAt(), request.closesAt()),
                reference.isDepartmentalActType(draft.actTypeCode()));
        draft.windowIs(window.opensAt(), window.closesAt());
        return draft;
    }

    @Transactional
    public Draft extend(String number, ExtensionRequest request) {
        Draft draft = ownDraftLocked(number);
        if (request == null) {
            throw new InvalidInput("closesAt", "discussion.window.closes-required");
        }
        DiscussionView window = discussions.extend(draft.id(), request.closesAt(), request.reason(),
                currentCaller.require().accountId());
        draft.extendedTo(window.closesAt());
        return draft;
    }

    @Transactional
    public Draft withdraw(String number, WithdrawalRequest request) {
        Draft draft = ownDraft(number);
        draft.withdraw(request == null ? null : request.reason(), clock.instant());
        return draft;
    }

    /** A draft at its current version, or at the version asked for; 404 if the caller may not see it. */
    @Transactional
    public DraftView view(String number, Integer versionNumber, Language language) {
        Draft draft = visibleDraft(number);
        int shown = versionNumber == null ? draft.currentVersion() : versionNumber;
        List<DraftView.ClauseView> clauses = clauses(draft, shown);
        // Most drafts were never edited, extended or given files: what the draft row says of them spares
        // three reads per view.
        List<DraftView.VersionInfo> versions = draft.onlyVersion()
                .orElseGet(() -> publishedText.versions(draft, () -> drafts.versionInfos(draft.id())));
        DiscussionView discussion = draft.wasExtended() || draft.discussionOpensAt() == null
                ? discussions.forDraft(draft.id()).orElse(null)
                : discussions.viewOfUnextended(draft.discussionOpensAt(), draft.discussionClosesAt());
        List<AttachmentView> files = draft.hasAttachments() ? attachments.of(draft.id(), draft.number()) : List.of();
        return new DraftView(draft.number(), draft.title(language), draft.summary(language),
                status(draft, discussion), titles(draft), summaries(draft),
                item(ReferenceList.SECTORS, draft.sectorCode(), language),
                item(ReferenceList.ACT_TYPES, draft.actTypeCode(), language),
                item(ReferenceList.AGENCIES, draft.agencyCode(), language),
                draft.needsRia(), shown, versions, clauses,
                files, discussion, draft.publishedAt(), draft.withdrawnAt(), draft.withdrawalReason());
    }

    /** The titles of public drafts by number, in the asked language, in one query (a list of reports, say); unknown numbers are left out. */
    @Transactional
    public Map<String, String> publicTitles(Collection<String> numbers, Language language) {
        List<Long> ids = numbers.stream().map(Draft::idFromNumber).flatMap(Optional::stream).distinct().toList();
        Map<String, String> titles = new HashMap<>();
        drafts.publicHeaders(ids).forEach(h -> titles.put(Draft.numberOf(h.id()),
                Draft.inLanguage(language, h.titleUz(), h.titleRu(), h.titleEn())));
        return titles;
    }

    /** A published (or withdrawn) draft at its current version, for features that work on drafts; 404 otherwise. */
    @Transactional
    public PublicDraft publicDraft(String number, Language language) {
        // Read on every comment and vote: only the columns needed, not the draft's long texts.
        DraftRepository.Header draft = Draft.idFromNumber(number).flatMap(drafts::publicHeader)
                .orElseThrow(ResourceNotFound::new);
        int current = draft.currentVersion();
        List<DraftView.ClauseView> clauses = publishedText.clauses(draft.id(), true, current, () -> clauseViews(draft.id(), current))
                .orElseThrow(ResourceNotFound::new);
        String title = Draft.inLanguage(language, draft.titleUz(), draft.titleRu(), draft.titleEn());
        return new PublicDraft(draft.id(), Draft.numberOf(draft.id()), title, draft.agencyCode(),
                draft.state() == DraftState.WITHDRAWN, current, clauses);
    }

    /**
     * The signed-in editor's own agency's draft, its row locked until the transaction ends, for a feature
     * that changes something belonging to the draft (publishing takes the same lock); 404 for anyone else's.
     */
    @Transactional
    public AgencyDraft agencyDraftForChange(String number) {
        return AgencyDraft.of(ownDraftLocked(number));
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
        return Draft.numberOf(draftId);
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
        return new VersionChanges(newer.number(), newer.title(), from, to,
                VersionComparison.compare(older.clauses(), newer.clauses()));
    }

    @Transactional
    public DraftPage search(DraftSearch search, Language language) {
        List<FieldError> errors = new ArrayList<>();
        if (search.status() != null && !search.status().isBlank() && DraftStatus.fromCode(search.status()).filter(DraftStatus::isSearchable).isEmpty()) {
            errors.add(new FieldError("status", "draft.search.status-unknown"));
        }
        if (!SORTS.contains(search.sort())) {
            errors.add(new FieldError("sort", "draft.search.sort-unknown"));
        }
        if (search.from() != null && search.to() != null && search.to().isBefore(search.from())) {
            errors.add(new FieldError("to", "draft.search.range-reversed"));
        }
        unknownCode(errors, ReferenceList.SECTORS, "sector", search.sector());
        unknownCode(errors, ReferenceList.ACT_TYPES, "actType", search.actType());
        unknownCode(errors, ReferenceList.AGENCIES, "agency", search.agency());
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        Cursor after = cursors.read(search.cursor(), "drafts", search.filters());
        DraftRepository.SearchResult result = drafts.search(search, after, clock.instant(), timeZone.zone(), rareWordLimit);
        long before = after == null ? (long) (search.page() - 1) * search.size() : after.seen();
        String next = result.lastKeys() == null ? null
                : cursors.write(Cursor.after("drafts", search.filters(), before + search.size(), result.lastKeys()));
        return new DraftPage(summaries(result.drafts(), language), result.total(), result.totalExact(),
                (int) Math.min(Integer.MAX_VALUE, before / search.size() + 1), search.size(), next);
    }

    /** The signed-in editor's own agency's drafts, unpublished ones included. */
    @Transactional
    public List<DraftSummary> ownDrafts(Language language) {
        return summaries(drafts.ofAgency(editor().agencyCode()), language);
    }

    /** Summaries for a page of drafts with a fixed number of queries, however long the page. */
    private List<DraftSummary> summaries(List<Draft> page, Language language) {
        Map<Long, DiscussionView> windows = discussions.forDrafts(page.stream().map(Draft::id).toList());
        Map<String, ReferenceItem> sectors = byCode(ReferenceList.SECTORS, language);
        Map<String, ReferenceItem> actTypes = byCode(ReferenceList.ACT_TYPES, language);
        Map<String, ReferenceItem> agencies = byCode(ReferenceList.AGENCIES, language);
        return page.stream().map(d -> {
            DiscussionView window = windows.get(d.id());
            return new DraftSummary(d.number(), d.title(language), status(d, window),
                    sectors.get(d.sectorCode()), actTypes.get(d.actTypeCode()), agencies.get(d.agencyCode()),
                    window == null ? null : window.opensAt(), window == null ? null : window.closesAt(),
                    d.publishedAt());
        }).toList();
    }

    private List<DraftView.ClauseView> clauses(Draft draft, int version) {
        return publishedText.clauses(draft, version, () -> clauseViews(draft.id(), version))
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

    private Caller editor() {
        Caller caller = currentCaller.requireAny(Role.AGENCY);
        if (caller.agency().isEmpty()) {
            throw new uz.muhokama.platform.error.Forbidden();
        }
        return caller;
    }

    /** A draft the signed-in editor may change: their own agency's, or "not found". */
    Draft ownDraft(String number) {
        Caller editor = editor();
        return Draft.idFromNumber(number).flatMap(drafts::find)
                .filter(d -> d.belongsTo(editor.agencyCode()))
                .orElseThrow(ResourceNotFound::new);
    }

    /** The editor's own draft, its row locked until the transaction ends (see {@link DraftRepository#lock}). */
    Draft ownDraftLocked(String number) {
        Draft draft = ownDraft(number);
        drafts.lock(draft);
        return draft;
    }

    /** Public drafts for everyone; unpublished ones only for their own agency's editors. */
    Draft visibleDraft(String number) {
        Draft draft = Draft.idFromNumber(number).flatMap(drafts::find).orElseThrow(ResourceNotFound::new);
        if (draft.isPublic()) {
            return draft;
        }
        boolean ownEditor = currentCaller.get().flatMap(Caller::agency).map(draft::belongsTo).orElse(false);
        if (!ownEditor) {
            throw new ResourceNotFound();
        }
        return draft;
    }

    private void check(DraftForm form) {
        List<FieldError> errors = new ArrayList<>(validation.violations(form));
        if (form != null) {
            if (form.actType() != null && !form.actType().isBlank() && !reference.exists(ReferenceList.ACT_TYPES, form.actType())) {
                errors.add(new FieldError("actType", "draft.act-type.unknown"));
            }
            if (form.sector() != null && !form.sector().isBlank() && !reference.exists(ReferenceList.SECTORS, form.sector())) {
                errors.add(new FieldError("sector", "draft.sector.unknown"));
            }
            if (form.clauses() != null && form.clauses().stream().map(ClauseInput::number).filter(n -> n != null)
                    .map(String::trim).distinct().count() < form.clauses().size()) {
                errors.add(new FieldError("clauses", "draft.clauses.duplicate-number"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    private void unknownCode(List<FieldError> errors, ReferenceList list, String field, String code) {
        if (code != null && !code.isBlank() && !reference.exists(list, code.trim())) {
            errors.add(new FieldError(field, "draft.search." + field + "-unknown"));
        }
    }

    private Map<String, ReferenceItem> byCode(ReferenceList list, Language language) {
        Map<String, ReferenceItem> items = new java.util.HashMap<>();
        reference.list(list, language).forEach(i -> items.put(i.code(), i));
        return items;
    }

    private ReferenceItem item(ReferenceList list, String code, Language language) {
        return reference.find(list, code, language).orElse(null);
    }

    private static Map<String, String> titles(Draft d) {
        Map<String, String> titles = new LinkedHashMap<>();
        titles.put("uz", d.titleUz());
        titles.put("ru", d.titleRu());
        titles.put("en", d.titleEn());
        return titles;
    }

    private static Map<String, String> summaries(Draft d) {
        Map<String, String> summaries = new LinkedHashMap<>();
        summaries.put("uz", d.summaryUz());
        summaries.put("ru", d.summaryRu());
        summaries.put("en", d.summaryEn());
        return summaries;
    }
}
