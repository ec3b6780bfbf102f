package uz.muhokama.decision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uz.muhokama.draft.DraftService;
import uz.muhokama.platform.error.Conflict;
import uz.muhokama.platform.error.InvalidInput;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.i18n.Messages;
import uz.muhokama.platform.persistence.UniqueViolation;
import uz.muhokama.platform.web.Cursor;
import uz.muhokama.platform.web.Cursors;
import uz.muhokama.platform.web.Paged;

/**
 * The agency's decisions on the proposals of its closed discussion, and the summary it publishes.
 * Only the draft's own agency decides, and only until it publishes (others get 404,
 * {@link DecidingDrafts}); decisions come from the decisions page, the API or the filled-in decisions
 * workbook ({@link DecisionWorkbooks}), and each way is all or nothing: one bad row and nothing is
 * stored, with every bad row named in the caller's language ({@link DecisionCheck}). Publishing needs
 * a decision on every proposal; it makes the summary public and final, marks the draft "summary
 * published", and announces it ({@link SummaryPublished}): each author hears of the decisions on theirs.
 */
@ApplicationScoped
class DecisionService {

    static final int BATCH = 1000;
    static final int PAGE_SIZE = 20;

    @Inject
    Cursors cursors;

    @Inject
    DecisionRepository decisions;

    @Inject
    DecidingDrafts drafting;

    @Inject
    SummaryService summaries;

    @Inject
    Proposals proposals;

    @Inject
    DraftService drafts;

    @Inject
    Messages messages;

    @Inject
    Clock clock;

    @Inject
    Event<SummaryPublished> summaryPublished;

    /** A page of proposals with their decisions so far, and how many are decided of each kind. */
    public record DecisionPage(
            String number,
            String title,
            List<Row> rows,
            int page,
            boolean more,
            SummaryView.Counts counts,
            boolean published,
            String next)
            implements Paged {

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
        DecidingDraft d = drafting.deciding(number, language);
        String filters = Cursors.filters(d.draft().id());
        Cursor after = cursors.read(cursor, "decisions", filters);
        long before = after == null ? (long) (Math.max(1, page) - 1) * PAGE_SIZE : after.seen();
        Proposals.Page shown = proposals.page(
                d.draft(),
                (int) Math.min(Integer.MAX_VALUE, before / PAGE_SIZE + 1),
                PAGE_SIZE,
                after == null ? null : after.number(0));
        String next = shown.more()
                ? cursors.write(Cursor.after(
                        "decisions",
                        filters,
                        before + PAGE_SIZE,
                        shown.items().get(shown.items().size() - 1).id()))
                : null;
        Map<Long, ProposalDecision> decided = decisions.of(
                d.draft().id(), shown.items().stream().map(Proposal::id).toList());
        List<DecisionPage.Row> rows = shown.items().stream()
                .map(p -> {
                    ProposalDecision pd = decided.get(p.id());
                    return new DecisionPage.Row(
                            p, pd == null ? null : pd.decision().code(), pd == null ? null : pd.reason());
                })
                .toList();
        return new DecisionPage(
                d.draft().number(),
                d.draft().title(),
                rows,
                shown.number(),
                shown.more(),
                decisions.summaryCounts(d.draft().id()),
                decisions.summary(d.draft().id()).isPresent(),
                next);
    }

    /** Decisions from the page or the API: all stored, or none (every bad one named). */
    @Transactional
    public SummaryView.Counts decide(String number, List<DecisionInput> inputs, Language language) {
        return decide(drafting.undecided(number, language), inputs, language);
    }

    /** A page's or the API's few decisions, checked and stored with JPA in the running transaction. */
    SummaryView.Counts decide(DecidingDraft d, List<DecisionInput> inputs, Language language) {
        if (inputs == null || inputs.isEmpty()) {
            throw new InvalidInput("decisions", "report.decisions.error.empty");
        }
        List<DecisionsWorkbook.Line> lines = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            DecisionInput in = inputs.get(i);
            lines.add(new DecisionsWorkbook.Line(
                    i + 1,
                    in == null || in.proposal() == null ? null : String.valueOf(in.proposal()),
                    in == null ? null : in.decision(),
                    in == null ? null : in.reason()));
        }
        DecisionCheck check =
                new DecisionCheck(d, "decisions", language, proposals, messages, clock.instant(), decisions::store);
        check.batch(lines);
        check.finish();
        return decisions.summaryCounts(d.draft().id());
    }

    // --- publishing

    /** Publishes the summary: every proposal must have a decision; final. */
    @Transactional
    public SummaryView publish(String number, Language language) {
        return publish(drafting.undecided(number, language));
    }

    SummaryView publish(DecidingDraft d) {
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
            decisions.add(new DiscussionSummary(
                    d.draft().id(),
                    counts.get(Decision.ACCEPTED),
                    counts.get(Decision.PARTLY_ACCEPTED),
                    counts.get(Decision.REJECTED),
                    now,
                    d.editor().accountId()));
        } catch (RuntimeException e) {
            if (UniqueViolation.in(e)) {
                throw new Conflict("report.decisions.published");
            }
            throw e;
        }
        drafts.recordSummaryPublished(d.draft().id());
        decisions.addAuthors(d.draft().id(), authors);
        // Each author hears of the decisions on their proposals through notifications (docs/notifications.md).
        summaryPublished.fire(new SummaryPublished(d.draft().id(), Set.copyOf(authors)));
        return summaries.summaryOf(
                d.draft(), decisions.summary(d.draft().id()).orElseThrow().publishedAt(), 1, 50, null);
    }

    /** Whether the draft's summary is published, and its counts, for the draft page and the RIA. */
    @Transactional
    public Optional<DiscussionSummary> published(long draftId) {
        return decisions.summary(draftId);
    }
}
