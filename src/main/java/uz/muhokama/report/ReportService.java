package uz.muhokama.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import uz.muhokama.draft.DraftNumber;
import uz.muhokama.draft.DraftService;
import uz.muhokama.platform.claim.Claim;
import uz.muhokama.platform.error.Conflict;
import uz.muhokama.platform.error.ResourceNotFound;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.i18n.Messages;
import uz.muhokama.platform.security.Caller;
import uz.muhokama.platform.security.CurrentCaller;
import uz.muhokama.platform.security.Role;
import uz.muhokama.platform.web.Cursor;
import uz.muhokama.platform.web.Cursors;
import uz.muhokama.platform.web.Slice;
import uz.muhokama.reference.ReferenceCatalog;
import uz.muhokama.reference.ReferenceList;

/**
 * Reports for people: an agency's inbox (its editors list and download its own reports once they
 * reached the inbox; to anyone else a report does not exist, 404), and the administrators' view of
 * every report's state with a retry by hand.
 */
@ApplicationScoped
class ReportService {

    static final int PAGE_SIZE = 20;

    @Inject
    Cursors cursors;

    @Inject
    ReportRepository reports;

    @Inject
    ReportFolder folder;

    @Inject
    DraftService drafts;

    @Inject
    ReferenceCatalog reference;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Messages messages;

    @Inject
    Clock clock;

    /** The signed-in editor's agency's reports, newest first. */
    @Transactional
    public List<ReportView> inbox(int page, Language language) {
        return inbox(page, null, language).items();
    }

    /** The same, or the page after a cursor's report (keyset: the report's id). */
    @Transactional
    public Slice<ReportView> inbox(int page, String cursor, Language language) {
        Caller editor = currentCaller.requireAny(Role.AGENCY);
        String agency = editor.agency().orElseThrow(ResourceNotFound::new);
        return slice(
                "report-inbox",
                Cursors.filters(agency),
                page,
                cursor,
                (first, before) -> reports.inInbox(agency, first, PAGE_SIZE + 1, before),
                language);
    }

    /** Every report, newest first, for administrators. */
    @Transactional
    public List<ReportView> all(int page, Language language) {
        return all(page, null, language).items();
    }

    /** The same, or the page after a cursor's report (keyset: the report's id). */
    @Transactional
    public Slice<ReportView> all(int page, String cursor, Language language) {
        currentCaller.requireAny(Role.ADMIN);
        return slice(
                "reports",
                Cursors.filters("all"),
                page,
                cursor,
                (first, before) -> reports.all(first, PAGE_SIZE + 1, before),
                language);
    }

    private Slice<ReportView> slice(
            String list,
            String filters,
            int page,
            String cursor,
            BiFunction<Integer, Long, List<Report>> read,
            Language language) {
        Cursor after = cursors.read(cursor, list, filters);
        long before = after == null ? (long) (Math.max(1, page) - 1) * PAGE_SIZE : after.seen();
        Slice<Report> rows = Slice.of(
                read.apply((int) Math.min(Integer.MAX_VALUE, before), after == null ? 0 : after.number(0)),
                PAGE_SIZE,
                last -> cursors.write(Cursor.after(list, filters, before + PAGE_SIZE, last.id())));
        return new Slice<>(views(rows.items(), language), rows.next());
    }

    @Transactional
    public long count() {
        currentCaller.requireAny(Role.ADMIN);
        return reports.count();
    }

    /** One report: to its agency once in the inbox, to administrators always; 404 to anyone else. */
    @Transactional
    public ReportView get(String number, Language language) {
        return views(List.of(visible(number)), language).get(0);
    }

    /** A report's workbook to download. */
    public record Download(String fileName, long bytes, InputStream content) {}

    @Transactional
    public Download download(String number) {
        Report report = visible(number);
        try {
            return new Download(fileName(report), report.fileBytes(), folder.open(report));
        } catch (IOException | RuntimeException e) {
            throw new ResourceNotFound("report.file-missing");
        }
    }

    /** An administrator's "try again now" for a report or forwarding step that failed. */
    @Transactional
    public ReportView retry(String number, Language language) {
        currentCaller.requireAny(Role.ADMIN);
        Report report = ofNumber(number);
        Instant now = clock.instant();
        boolean any = report.retryNow(now);
        for (ReportDelivery step : reports.deliveries(report.id())) {
            any |= step.retryNow(now);
        }
        if (!any) {
            throw new Conflict("report.retry.not-failed");
        }
        return views(List.of(report), language).get(0);
    }

    private Report visible(String number) {
        Caller caller = currentCaller.require();
        Report report = ofNumber(number);
        if (caller.has(Role.ADMIN)) {
            return report;
        }
        boolean own = caller.agency().map(report.agencyCode()::equals).orElse(false);
        boolean inInbox = reports.delivery(report.id(), ReportDelivery.Step.INBOX)
                .map(ReportDelivery::isDone)
                .orElse(false);
        if (!own || !inInbox) {
            throw new ResourceNotFound();
        }
        return report;
    }

    private Report ofNumber(String number) {
        return DraftNumber.idFrom(number).flatMap(reports::ofDraft).orElseThrow(ResourceNotFound::new);
    }

    static String fileName(Report report) {
        return report.filePath().map(p -> p.substring(p.lastIndexOf('/') + 1)).orElse(report.draftNumber() + ".xlsx");
    }

    private List<ReportView> views(List<Report> page, Language language) {
        Map<Long, List<ReportDelivery>> steps =
                new HashMap<>(reports.deliveries(page.stream().map(Report::id).toList()).stream()
                        .collect(Collectors.groupingBy(ReportDelivery::reportId)));
        Map<String, String> titles =
                drafts.publicTitles(page.stream().map(Report::draftNumber).toList(), language);
        return page.stream()
                .map(r -> view(r, titles.get(r.draftNumber()), steps.getOrDefault(r.id(), List.of()), language))
                .toList();
    }

    private ReportView view(Report r, String title, List<ReportDelivery> steps, Language language) {
        List<ReportView.StepView> shown = steps.stream()
                .map(d -> new ReportView.StepView(
                        lower(d.step()),
                        lower(d.claim().state()),
                        d.claim().attempts(),
                        lastError(d.claim(), lower(d.step()), language),
                        failed(d.claim()) ? d.claim().nextAttemptAt() : null,
                        d.claim().doneAt()))
                .toList();
        boolean inInbox = steps.stream().anyMatch(d -> d.step() == ReportDelivery.Step.INBOX && d.isDone());
        String state = switch (r.claim().state()) {
            case PENDING -> "waiting";
            case RUNNING -> "generating";
            case FAILED, GIVEN_UP -> "failed";
            case DONE ->
                shown.stream().anyMatch(ReportView.StepView::failed)
                        ? "failed"
                        : steps.size() == ReportDelivery.Step.values().length
                                        && steps.stream().allMatch(ReportDelivery::isDone)
                                ? "delivered"
                                : "forwarding";
        };
        return new ReportView(
                r.draftNumber(),
                title,
                reference.find(ReferenceList.AGENCIES, r.agencyCode(), language).orElse(null),
                state,
                r.closedAt(),
                r.rowsWritten(),
                r.claim().attempts(),
                lastError(r.claim(), "report", language),
                failed(r.claim()) ? r.claim().nextAttemptAt() : null,
                r.generatedAt(),
                r.filePath().isPresent() ? fileName(r) : null,
                r.fileBytes(),
                inInbox ? "/api/v1/reports/" + r.draftNumber() + "/workbook" : null,
                shown);
    }

    private static boolean failed(Claim claim) {
        return claim.state() == Claim.State.FAILED;
    }

    /** What went wrong, said in the reader's language, with the technical reason the operators need. */
    private String lastError(Claim claim, String work, Language language) {
        return claim.lastError()
                .map(error -> messages.get(language, "report.error." + work, error))
                .orElse(null);
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
