package uz.muhokama.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uz.muhokama.draft.DraftService;
import uz.muhokama.draft.PublicDraft;
import uz.muhokama.platform.error.Conflict;
import uz.muhokama.platform.error.FieldError;
import uz.muhokama.platform.error.InvalidInput;
import uz.muhokama.platform.error.ResourceNotFound;
import uz.muhokama.platform.error.TextRules;
import uz.muhokama.platform.error.TooLarge;
import uz.muhokama.platform.excel.Spreadsheet;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.i18n.Messages;
import uz.muhokama.platform.persistence.UniqueViolation;
import uz.muhokama.platform.security.Caller;
import uz.muhokama.platform.security.CurrentCaller;
import uz.muhokama.platform.security.Role;
import uz.muhokama.platform.time.PortalTimeZone;
import uz.muhokama.platform.web.Cursor;
import uz.muhokama.platform.web.Cursors;
import uz.muhokama.platform.web.Paged;
import uz.muhokama.platform.web.Slice;
import uz.muhokama.reference.ReferenceCatalog;

/**
 * The agency's decisions on the proposals of its closed discussion, and the summary it publishes.
 * Only the draft's own agency decides, and only until it publishes (others get 404); decisions come
 * from the decisions page, the API or the filled-in decisions workbook, and each way is all or
 * nothing: one bad row and nothing is stored, with every bad row named in the caller's language.
 * Publishing needs a decision on every proposal; it makes the summary public and final, marks the
 * draft "summary published", and queues an e-mail to each author.
 */
@ApplicationScoped
public class DecisionService {

    static final int MAX_REASON = 4000;
    static final int MAX_ERRORS_LISTED = 100;
    static final int BATCH = 1000;
    static final int PAGE_SIZE = 20;

    @PersistenceContext(unitName = "muhokama")
    EntityManager em;

    @Inject
    Cursors cursors;

    @Inject
    DecisionRepository decisions;

    @Inject
    DecisionBulk bulk;

    @Inject
    ReportRepository reports;

    @Inject
    Proposals proposals;

    @Inject
    DraftService drafts;

    @Inject
    ReferenceCatalog reference;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Messages messages;

    @Inject
    PortalTimeZone timeZone;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "muhokama.decisions.max-bytes", defaultValue = "20971520")
    long maxBytes;

    @Inject
    @ConfigProperty(name = "muhokama.decisions.max-rows", defaultValue = "200000")
    int maxRows;

    /** A draft its own agency's editor decides on: its report is written and its summary not yet published. */
    record Deciding(PublicDraft draft, Caller editor, Language reportLanguage) {}

    private Deciding deciding(String number, Language language) {
        Caller caller = currentCaller.requireAny(Role.AGENCY);
        PublicDraft draft = drafts.publicDraft(number, language);
        if (!caller.agency().map(draft.agencyCode()::equals).orElse(false)) {
            throw new ResourceNotFound();
        }
        Report report = reports.ofDraft(draft.id()).orElseThrow(() -> new Conflict("report.decisions.no-report"));
        if (report.state() != Report.State.GENERATED) {
            throw new Conflict("report.decisions.no-report");
        }
        Language reportLanguage = reference.agencyContact(draft.agencyCode())
                .map(ReferenceCatalog.AgencyContact::language).orElse(Language.DEFAULT);
        return new Deciding(draft, caller, reportLanguage);
    }

    private Deciding undecided(String number, Language language) {
        return undecided(deciding(number, language));
    }

    private Deciding undecided(Deciding d) {
        if (decisions.summary(d.draft().id()).isPresent()) {
            throw new Conflict("report.decisions.published");
        }
        return d;
    }

    // --- the decisions page

    /** A page of proposals with their decisions so far, and how many are decided of each kind. */
    public record DecisionPage(String number, String title, List<Row> rows, int page, boolean more, SummaryView.Counts counts,
                               boolean published, String next) implements Paged {

        /** A proposal and its decision so far (null: none yet). */
        @Schema(name = "ProposalDecisionRow") // a distinct component name: nested types of this name exist elsewhere
        public record Row(Proposal proposal, String decision, String reason) {}
    }

    @Transactional
    public DecisionPage page(String number, int page, Language language) {
        return page(number, page, null, language);
    }

    /** The same, or the page after a cursor's proposal (keyset: the proposal's id, the walk's order). */
    @Transactional
    public DecisionPage page(String number, int page, String cursor, Language language) {
        Deciding d = deciding(number, language);
        String filters = Cursors.filters(d.draft().id());
        Cursor after = cursors.read(cursor, "decisions", filters);
        long before = after == null ? (long) (Math.max(1, page) - 1) * PAGE_SIZE : after.seen();
        Proposals.Page shown = proposals.page(d.draft(), (int) Math.min(Integer.MAX_VALUE, before / PAGE_SIZE + 1), PAGE_SIZE,
                after == null ? null : after.number(0));
        String next = shown.more() ? cursors.write(Cursor.after("decisions", filters, before + PAGE_SIZE,
                shown.items().get(shown.items().size() - 1).id())) : null;
        Map<Long, ProposalDecision> decided = decisions.of(d.draft().id(), shown.items().stream().map(Proposal::id).toList());
        List<DecisionPage.Row> rows = shown.items().stream().map(p -> {
            ProposalDecision pd = decided.get(p.id());
            return new DecisionPage.Row(p, pd == null ? null : pd.decision().code(), pd == null ? null : pd.reason());
        }).toList();
        return new DecisionPage(d.draft().number(), d.draft().title(), rows, shown.number(), shown.more(),
                counts(d.draft().id()), decisions.summary(d.draft().id()).isPresent(), next);
    }

    /** Decisions from the page or the API: all stored, or none (every bad one named). */
    @Transactional
    public SummaryView.Counts decide(String number, List<DecisionInput> inputs, Language language) {
        return decide(undecided(number, language), inputs, language);
    }

    /**
     * The demo agency's decisions and publication (demo data only): the same rules, with the demo
     * editor as the one who decided, since no request is being served.
     */
    @Transactional
    public void decideAndPublishAsDemo(String number, long editorId, java.util.function.Function<Proposal, DecisionInput> decide,
                                       Runnable inTheSameTransaction) {
        inTheSameTransaction.run();
        PublicDraft draft = drafts.publicDraft(number, Language.DEFAULT);
        Caller editor = new Caller(editorId, "demo", java.util.Set.of(Role.AGENCY), draft.agencyCode(), Language.DEFAULT, null);
        Deciding d = undecided(new Deciding(draft, editor, Language.DEFAULT));
        List<DecisionInput> inputs = new ArrayList<>();
        proposals.each(draft, p -> inputs.add(decide.apply(p)), author -> { });
        decide(d, inputs, Language.DEFAULT);
        publish(d);
    }

    private SummaryView.Counts decide(Deciding d, List<DecisionInput> inputs, Language language) {
        if (inputs == null || inputs.isEmpty()) {
            throw new InvalidInput("decisions", "report.decisions.error.empty");
        }
        List<DecisionsWorkbook.Line> lines = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            DecisionInput in = inputs.get(i);
            lines.add(new DecisionsWorkbook.Line(i + 1, in == null || in.proposal() == null ? null : String.valueOf(in.proposal()),
                    in == null ? null : in.decision(), in == null ? null : in.reason()));
        }
        Apply apply = new Apply(d, "decisions", language, null);
        apply.storeWithJpa = true;
        apply.batch(lines);
        apply.finish();
        return counts(d.draft().id());
    }

    // --- the decisions workbook

    /** The decisions workbook: a row per proposal with the decision so far, a drop-down of decisions and a reason column. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void writeWorkbook(String number, OutputStream out, Language language) throws IOException {
        Deciding d = deciding(number, language);
        Language lang = d.reportLanguage();
        List<String> labels = List.of(Decision.ACCEPTED.label(messages, lang), Decision.PARTLY_ACCEPTED.label(messages, lang),
                Decision.REJECTED.label(messages, lang));
        try (Spreadsheet workbook = new Spreadsheet(timeZone.zone())) {
            Spreadsheet.Table sheet = workbook.table(messages.get(lang, "report.decisions.sheet"), List.of(
                    messages.get(lang, "report.proposal.id"), messages.get(lang, "report.proposal.clause"),
                    messages.get(lang, "report.proposal.text"), messages.get(lang, "report.proposal.count"),
                    messages.get(lang, "report.proposal.decision"), messages.get(lang, "report.proposal.reason")),
                    12, 8, 70, 10, 20, 60);
            List<Proposal> batch = new ArrayList<>();
            proposals.each(d.draft(), p -> {
                batch.add(p);
                if (batch.size() == BATCH) {
                    writeRows(sheet, d.draft().id(), batch, lang);
                    batch.clear();
                }
            }, author -> { });
            writeRows(sheet, d.draft().id(), batch, lang);
            sheet.dropDown(DecisionsWorkbook.DECISION, labels, messages.get(lang, "report.decisions.dropdown-title"),
                    messages.get(lang, "report.decisions.dropdown-text"));
            workbook.marker(DecisionsWorkbook.MARKER_SHEET, List.of(DecisionsWorkbook.TEMPLATE, DecisionsWorkbook.VERSION,
                    d.draft().number()));
            workbook.write(out);
        }
    }

    private void writeRows(Spreadsheet.Table sheet, long draftId, List<Proposal> batch, Language lang) {
        Map<Long, ProposalDecision> decided = decisions.of(draftId, batch.stream().map(Proposal::id).toList());
        for (Proposal p : batch) {
            ProposalDecision pd = decided.get(p.id());
            sheet.line().number(p.id()).text(p.clause()).text(p.text()).number(p.comments())
                    .text(pd == null ? null : pd.decision().label(messages, lang)).text(pd == null ? null : pd.reason());
        }
    }

    /**
     * Reads the filled-in decisions workbook: every row valid, or nothing stored and every bad row named.
     * Two passes over the file: the first only checks (no transaction is held while a hundred thousand
     * rows are read and checked); the second stores, in one transaction of its own
     * ({@link DecisionBulk}, JDBC batches), and checks again, so a proposal hidden in between still
     * refuses the whole.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public SummaryView.Counts upload(String number, InputStream body, Language language) {
        Deciding d = undecided(number, language);
        Path file = null;
        try {
            file = Files.createTempFile("muhokama-decisions-", ".xlsx");
            try (OutputStream out = Files.newOutputStream(file)) {
                if (body == null || body.transferTo(new LimitedStream(out, maxBytes)) == 0) {
                    throw new InvalidInput("file", "report.decisions.error.no-file");
                }
            }
            DecisionsWorkbook.Marker marker = DecisionsWorkbook.marker(file);
            if (!DecisionsWorkbook.TEMPLATE.equals(marker.template())) {
                throw new InvalidInput("file", "report.decisions.error.wrong-template");
            }
            if (!DecisionsWorkbook.VERSION.equals(marker.version())) {
                throw new InvalidInput("file", "report.decisions.error.wrong-version", marker.version());
            }
            if (!d.draft().number().equals(marker.draft())) {
                throw new InvalidInput("file", "report.decisions.error.other-draft", marker.draft());
            }
            Apply check = new Apply(d, "rows", language, null);
            DecisionsWorkbook.lines(file, maxRows, BATCH, check::batch);
            check.finish();
            Path checked = file;
            bulk.inOneTransaction(store -> {
                Apply apply = new Apply(d, "rows", language, store);
                try {
                    DecisionsWorkbook.lines(checked, maxRows, BATCH, apply::batch);
                } catch (DecisionsWorkbook.Unreadable e) {
                    throw new IllegalStateException("The workbook read a moment ago cannot be read again", e);
                }
                apply.finish();
            });
            return counts(d.draft().id());
        } catch (LimitedStream.Exceeded e) {
            throw new TooLarge("report.decisions.error.too-large", maxBytes / (1024 * 1024));
        } catch (DecisionsWorkbook.TooManyRows e) {
            throw new InvalidInput("file", "report.decisions.error.too-many-rows", maxRows);
        } catch (DecisionsWorkbook.Unreadable e) {
            throw new InvalidInput("file", "report.decisions.error.not-xlsx");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file; the system cleans its folder
                }
            }
        }
    }

    /**
     * Checks decisions a batch at a time and stores each valid batch in the running transaction; once a
     * row is wrong nothing more is stored, and {@link #finish} refuses the whole (the transaction rolls
     * back). The persistence context is emptied after each batch, so memory stays flat however many rows.
     */
    private final class Apply {
        private final Deciding d;
        private final String field;
        private final Language language;
        private final Map<Long, ReportCampaign> campaigns;
        /** Where valid batches go: JDBC batches in the bulk transaction, JPA for a page's few, or nowhere (checking only). */
        private final DecisionBulk.Store store;
        private boolean storeWithJpa;
        private final Map<String, Decision> decisionsByText = new HashMap<>();
        private final Set<Long> seen = new HashSet<>();
        private final List<FieldError> errors = new ArrayList<>();
        private int errorCount;
        private final Instant now = clock.instant();

        Apply(Deciding d, String field, Language language, DecisionBulk.Store store) {
            this.d = d;
            this.field = field;
            this.language = language;
            this.store = store;
            this.campaigns = proposals.campaigns(d.draft().id());
        }

        /** A decision as typed, parsed once per distinct text (a workbook repeats the same three labels). */
        private java.util.Optional<Decision> decision(String typed) {
            return java.util.Optional.ofNullable(decisionsByText.computeIfAbsent(typed, t -> Decision.parse(t, messages).orElse(null)));
        }

        void batch(List<DecisionsWorkbook.Line> lines) {
            Map<Long, Long> ids = new HashMap<>();
            for (DecisionsWorkbook.Line line : lines) {
                parseId(line.id()).ifPresent(id -> ids.put((long) line.row(), id));
            }
            Map<Long, Proposal> found = proposals.find(d.draft(), ids.values(), campaigns);
            Map<Long, Proposal> valid = new LinkedHashMap<>();
            Map<Long, Decision> chosen = new HashMap<>();
            Map<Long, String> reasons = new HashMap<>();
            for (DecisionsWorkbook.Line line : lines) {
                String at = field + "[" + line.row() + "]";
                Long id = ids.get((long) line.row());
                if (line.id() == null) {
                    error(at + ".proposal", "report.decisions.error.id-missing", line.row());
                    continue;
                }
                if (id == null) {
                    error(at + ".proposal", "report.decisions.error.id-invalid", line.row(), line.id());
                    continue;
                }
                Proposal proposal = found.get(id);
                if (proposal == null) {
                    error(at + ".proposal", "report.decisions.error.id-unknown", line.row(), line.id());
                    continue;
                }
                if (!seen.add(id)) {
                    error(at + ".proposal", "report.decisions.error.id-twice", line.row(), line.id());
                    continue;
                }
                if (line.decision() == null) {
                    error(at + ".decision", "report.decisions.error.decision-missing", line.row(), line.id());
                    continue;
                }
                var decision = decision(line.decision());
                if (decision.isEmpty()) {
                    error(at + ".decision", "report.decisions.error.decision-unknown", line.row(), line.decision());
                    continue;
                }
                // A reason of spaces is no reason: it was stored as one, and the author read an empty line.
                if (decision.get().needsReason() && (line.reason() == null || line.reason().isBlank())) {
                    error(at + ".reason", "report.decisions.error.reason-missing", line.row(),
                            decision.get().label(messages, language));
                    continue;
                }
                if (line.reason() != null && line.reason().length() > MAX_REASON) {
                    error(at + ".reason", "report.decisions.error.reason-too-long", line.row(), MAX_REASON);
                    continue;
                }
                var broken = TextRules.problem(line.reason());
                if (broken.isPresent()) {
                    error(at + ".reason", broken.get(), line.row());
                    continue;
                }
                valid.put(id, proposal);
                chosen.put(id, decision.get());
                reasons.put(id, line.reason());
            }
            if (errorCount > 0 || valid.isEmpty()) {
                return;
            }
            if (store != null) {
                List<DecisionBulk.Row> rows = new ArrayList<>();
                valid.forEach((id, p) -> rows.add(new DecisionBulk.Row(p, chosen.get(id), reasons.get(id))));
                store.replace(d.draft().id(), rows, now, d.editor().accountId());
                return;
            }
            if (!storeWithJpa) {
                return;
            }
            Map<Long, ProposalDecision> existing = decisions.of(d.draft().id(), valid.keySet());
            for (Map.Entry<Long, Proposal> e : valid.entrySet()) {
                ProposalDecision pd = existing.get(e.getKey());
                if (pd == null) {
                    decisions.add(new ProposalDecision(d.draft().id(), e.getValue(), chosen.get(e.getKey()), reasons.get(e.getKey()),
                            now, d.editor().accountId()));
                } else {
                    pd.decide(e.getValue(), chosen.get(e.getKey()), reasons.get(e.getKey()), now, d.editor().accountId());
                }
            }
            em.flush();
            em.clear();
        }

        private void error(String at, String key, Object... args) {
            if (++errorCount <= MAX_ERRORS_LISTED) {
                errors.add(new FieldError(at, key, args));
            }
        }

        void finish() {
            if (errorCount > MAX_ERRORS_LISTED) {
                errors.add(new FieldError(field, "report.decisions.error.more", errorCount - MAX_ERRORS_LISTED));
            }
            if (!errors.isEmpty()) {
                throw new InvalidInput(errors);
            }
            if (seen.isEmpty()) {
                throw new InvalidInput(field, "report.decisions.error.empty");
            }
        }
    }

    private static java.util.Optional<Long> parseId(String value) {
        if (value == null) {
            return java.util.Optional.empty();
        }
        try {
            String plain = value.strip();
            // A number cell read as "104512.0" by some spreadsheet programs is still that id.
            if (plain.endsWith(".0")) {
                plain = plain.substring(0, plain.length() - 2);
            }
            long id = Long.parseLong(plain);
            return id > 0 ? java.util.Optional.of(id) : java.util.Optional.empty();
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    // --- publishing and the summary

    /** Publishes the summary: every proposal must have a decision; final. */
    @Transactional
    public SummaryView publish(String number, Language language) {
        return publish(undecided(number, language));
    }

    private SummaryView publish(Deciding d) {
        List<Long> all = new ArrayList<>();
        Set<Long> authors = new HashSet<>();
        proposals.each(d.draft(), p -> all.add(p.id()), authors::add);
        long undecided = 0;
        for (int from = 0; from < all.size(); from += BATCH) {
            List<Long> ids = all.subList(from, Math.min(all.size(), from + BATCH));
            undecided += ids.size() - decisions.of(d.draft().id(), ids).size();
        }
        if (undecided > 0) {
            throw new Conflict("report.publish.undecided", undecided, all.size());
        }
        decisions.removeAllBut(d.draft().id(), new HashSet<>(all));
        Map<Decision, Long> counts = decisions.counts(d.draft().id());
        Instant now = clock.instant();
        try {
            decisions.add(new DiscussionSummary(d.draft().id(), counts.get(Decision.ACCEPTED), counts.get(Decision.PARTLY_ACCEPTED),
                    counts.get(Decision.REJECTED), now, d.editor().accountId()));
        } catch (RuntimeException e) {
            if (UniqueViolation.in(e)) {
                throw new Conflict("report.decisions.published");
            }
            throw e;
        }
        drafts.recordSummaryPublished(d.draft().id());
        for (Long author : authors) {
            decisions.add(new DecisionNotice(d.draft().id(), author, now));
        }
        return summaryOf(d.draft(), decisions.summary(d.draft().id()).orElseThrow().publishedAt(), 1, 50, null);
    }

    /** The summary: public once published; before that to the draft's own agency only (404 to anyone else). */
    @Transactional
    public SummaryView summary(String number, int page, int size, Language language) {
        return summary(number, page, size, null, language);
    }

    /** The same, or the page after a cursor's proposal (keyset: the proposal's id, newest first). */
    @Transactional
    public SummaryView summary(String number, int page, int size, String cursor, Language language) {
        PublicDraft draft = drafts.publicDraft(number, language);
        Instant publishedAt = visibleSummary(draft);
        return summaryOf(draft, publishedAt, page, size, cursor);
    }

    /** When it was published, or null when the caller is the agency and it is not yet; 404 to anyone else before. */
    private Instant visibleSummary(PublicDraft draft) {
        var summary = decisions.summary(draft.id());
        if (summary.isPresent()) {
            return summary.get().publishedAt();
        }
        boolean ownAgency = currentCaller.get().flatMap(Caller::agency).map(draft.agencyCode()::equals).orElse(false);
        if (!ownAgency) {
            throw new ResourceNotFound("report.summary.not-yet");
        }
        return null;
    }

    private SummaryView summaryOf(PublicDraft draft, Instant publishedAt, int page, int size, String cursor) {
        int pageSize = Math.max(1, Math.min(200, size));
        String filters = Cursors.filters(draft.id());
        Cursor after = cursors.read(cursor, "summary", filters);
        long before = after == null ? (long) (Math.max(1, page) - 1) * pageSize : after.seen();
        SummaryView.Counts counts = counts(draft.id());
        Slice<ProposalDecision> rows = Slice.of(after == null ? decisions.page(draft.id(), (int) before, pageSize + 1)
                : decisions.before(draft.id(), after.number(0), pageSize + 1), pageSize,
                last -> cursors.write(Cursor.after("summary", filters, before + pageSize, last.proposalId())));
        List<SummaryView.ProposalView> items = rows.items().stream().map(DecisionService::view).toList();
        return new SummaryView(draft.number(), counts, items, publishedAt, (int) Math.min(Integer.MAX_VALUE, before / pageSize + 1),
                pageSize, counts.total(), rows.next());
    }

    private static SummaryView.ProposalView view(ProposalDecision pd) {
        return new SummaryView.ProposalView(pd.proposalId(), pd.clauseNumber(), pd.text(), pd.comments(), pd.decision().code(),
                pd.reason());
    }

    private SummaryView.Counts counts(long draftId) {
        Map<Decision, Long> counts = decisions.counts(draftId);
        return new SummaryView.Counts(counts.get(Decision.ACCEPTED), counts.get(Decision.PARTLY_ACCEPTED), counts.get(Decision.REJECTED));
    }

    /** The summary as a workbook: the counts, then every proposal with its decision and reason. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void summaryWorkbook(String number, OutputStream out, Language language) throws IOException {
        PublicDraft draft = drafts.publicDraft(number, language);
        visibleSummary(draft);
        SummaryView.Counts counts = counts(draft.id());
        try (Spreadsheet workbook = new Spreadsheet(timeZone.zone())) {
            Spreadsheet.Table sheet = workbook.table(messages.get(language, "report.summary-file.sheet"), summaryHeaders(language),
                    12, 8, 70, 10, 20, 60);
            walkDecisions(draft.id(), pd -> sheet.line().number(pd.proposalId()).text(pd.clauseNumber()).text(pd.text())
                    .number(pd.comments()).text(pd.decision().label(messages, language)).text(pd.reason()));
            Spreadsheet.Table totals = workbook.table(messages.get(language, "report.summary-file.counts"),
                    List.of(messages.get(language, "report.proposal.decision"), messages.get(language, "report.summary-file.proposals")),
                    30, 12);
            totals.line().text(Decision.ACCEPTED.label(messages, language)).number(counts.accepted());
            totals.line().text(Decision.PARTLY_ACCEPTED.label(messages, language)).number(counts.partlyAccepted());
            totals.line().text(Decision.REJECTED.label(messages, language)).number(counts.rejected());
            workbook.write(out);
        }
    }

    /** The summary as CSV (UTF-8 with a byte-order mark, so Excel reads the Cyrillic and ʻ right). */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void summaryCsv(String number, OutputStream out, Language language) throws IOException {
        PublicDraft draft = drafts.publicDraft(number, language);
        visibleSummary(draft);
        OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180);
        csv.printRecord(summaryHeaders(language));
        try {
            walkDecisions(draft.id(), pd -> {
                try {
                    csv.printRecord(pd.proposalId(), safe(pd.clauseNumber()), safe(pd.text()), pd.comments(),
                            pd.decision().label(messages, language), safe(pd.reason()));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        csv.flush();
    }

    /** CSV opened in a spreadsheet is read like typed input: text that would be a formula gets a leading apostrophe. */
    static String safe(String value) {
        return Spreadsheet.csvText(value);
    }

    private List<String> summaryHeaders(Language language) {
        return List.of(messages.get(language, "report.proposal.id"), messages.get(language, "report.proposal.clause"),
                messages.get(language, "report.proposal.text"), messages.get(language, "report.proposal.count"),
                messages.get(language, "report.proposal.decision"), messages.get(language, "report.proposal.reason"));
    }

    private void walkDecisions(long draftId, java.util.function.Consumer<ProposalDecision> each) {
        for (List<ProposalDecision> batch = decisions.before(draftId, Long.MAX_VALUE, BATCH); !batch.isEmpty();
             batch = decisions.before(draftId, batch.get(batch.size() - 1).proposalId(), BATCH)) {
            batch.forEach(each);
        }
    }

    /** Whether the draft's summary is published, and its counts, for the draft page and the RIA. */
    @Transactional
    public java.util.Optional<DiscussionSummary> published(long draftId) {
        return decisions.summary(draftId);
    }
}
