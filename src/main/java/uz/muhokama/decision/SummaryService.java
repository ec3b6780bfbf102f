package uz.muhokama.decision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import uz.muhokama.draft.DraftService;
import uz.muhokama.draft.PublicDraft;
import uz.muhokama.platform.error.ResourceNotFound;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.security.Caller;
import uz.muhokama.platform.security.CurrentCaller;
import uz.muhokama.platform.web.Cursor;
import uz.muhokama.platform.web.Cursors;
import uz.muhokama.platform.web.Slice;

/**
 * The published summary of a discussion: every proposal with its decision and reason, and how many
 * were decided each way. Public once published; before that the draft's own agency sees it as it
 * stands (anyone else gets 404). Its files are {@link SummaryExports}.
 */
@ApplicationScoped
class SummaryService {

    @Inject
    Cursors cursors;

    @Inject
    DecisionRepository decisions;

    @Inject
    DraftService drafts;

    @Inject
    CurrentCaller currentCaller;

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
    Instant visibleSummary(PublicDraft draft) {
        var summary = decisions.summary(draft.id());
        if (summary.isPresent()) {
            return summary.get().publishedAt();
        }
        boolean ownAgency = currentCaller
                .get()
                .flatMap(Caller::agency)
                .map(draft.agencyCode()::equals)
                .orElse(false);
        if (!ownAgency) {
            throw new ResourceNotFound("report.summary.not-yet");
        }
        return null;
    }

    SummaryView summaryOf(PublicDraft draft, Instant publishedAt, int page, int size, String cursor) {
        int pageSize = Math.max(1, Math.min(200, size));
        String filters = Cursors.filters(draft.id());
        Cursor after = cursors.read(cursor, "summary", filters);
        long before = after == null ? (long) (Math.max(1, page) - 1) * pageSize : after.seen();
        SummaryView.Counts counts = decisions.summaryCounts(draft.id());
        Slice<ProposalDecision> rows = Slice.of(
                after == null
                        ? decisions.page(draft.id(), (int) before, pageSize + 1)
                        : decisions.before(draft.id(), after.number(0), pageSize + 1),
                pageSize,
                last -> cursors.write(Cursor.after("summary", filters, before + pageSize, last.proposalId())));
        List<SummaryView.ProposalView> items =
                rows.items().stream().map(SummaryService::view).toList();
        return new SummaryView(
                draft.number(),
                counts,
                items,
                publishedAt,
                (int) Math.min(Integer.MAX_VALUE, before / pageSize + 1),
                pageSize,
                counts.total(),
                rows.next());
    }

    private static SummaryView.ProposalView view(ProposalDecision pd) {
        return new SummaryView.ProposalView(
                pd.proposalId(),
                pd.clauseNumber(),
                pd.text(),
                pd.comments(),
                pd.decision().code(),
                pd.reason());
    }
}
