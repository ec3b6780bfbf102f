package uz.muhokama.decision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import uz.muhokama.draft.PublicDraft;
import uz.muhokama.participation.ParticipationReport;
import uz.muhokama.participation.ParticipationReport.ReportComment;
import uz.muhokama.report.WrittenReports;

/**
 * A draft's proposals, read from its comments with the campaign groups its report recorded (so they
 * are the proposals the agency was sent), newest first as in the report. Walking them reads the
 * comments a page at a time.
 */
@ApplicationScoped
class Proposals {

    /** Comments read at a time (as the report reads them). */
    static final int PAGE = 1000;

    @Inject
    ParticipationReport participation;

    @Inject
    WrittenReports reports;

    /** The campaign groups the report recorded, by text simhash. */
    Map<Long, WrittenReports.Campaign> campaigns(long draftId) {
        Map<Long, WrittenReports.Campaign> bySimhash = new HashMap<>();
        reports.campaigns(draftId).forEach(c -> bySimhash.put(c.simhash(), c));
        return bySimhash;
    }

    /** Every proposal, in order; {@code authors} hears of the author of every comment a proposal stands for. */
    void each(PublicDraft draft, Consumer<Proposal> proposals, Consumer<Long> authors) {
        Map<Long, WrittenReports.Campaign> campaigns = campaigns(draft.id());
        ParticipationReport.Span span = participation.span(draft);
        for (List<ReportComment> page = participation.page(draft, span, Long.MAX_VALUE, PAGE);
                !page.isEmpty();
                page = participation.page(draft, span, page.get(page.size() - 1).id(), PAGE)) {
            for (ReportComment c : page) {
                if (!c.isProposal()) {
                    continue;
                }
                authors.accept(c.authorId());
                proposalOf(c, campaigns).filter(p -> p.id() == c.id()).ifPresent(proposals);
            }
        }
    }

    /** One page of proposals (1-based) and whether more follow; reads every comment before the page. */
    record Page(List<Proposal> items, boolean more, int number) {}

    /**
     * Page {@code number} of the proposals, newest first, or with {@code afterId} the page after that
     * proposal: the walk then starts there instead of skipping every earlier page.
     */
    Page page(PublicDraft draft, int number, int size, Long afterId) {
        Map<Long, WrittenReports.Campaign> campaigns = campaigns(draft.id());
        int skip = afterId == null ? (number - 1) * size : 0;
        List<Proposal> items = new ArrayList<>();
        int seen = 0;
        ParticipationReport.Span span = participation.span(draft);
        long start = afterId == null ? Long.MAX_VALUE : afterId;
        for (List<ReportComment> page = participation.page(draft, span, start, PAGE);
                !page.isEmpty();
                page = participation.page(draft, span, page.get(page.size() - 1).id(), PAGE)) {
            for (ReportComment c : page) {
                if (!c.isProposal()) {
                    continue;
                }
                var proposal = proposalOf(c, campaigns).filter(p -> p.id() == c.id());
                if (proposal.isEmpty()) {
                    continue;
                }
                if (seen++ < skip) {
                    continue;
                }
                if (items.size() == size) {
                    return new Page(items, true, number);
                }
                items.add(proposal.get());
            }
        }
        return new Page(items, false, number);
    }

    /** The proposals among some ids; an id that is no proposal of this draft is left out. */
    Map<Long, Proposal> find(PublicDraft draft, Collection<Long> ids, Map<Long, WrittenReports.Campaign> campaigns) {
        Map<Long, Proposal> found = new LinkedHashMap<>();
        List<Long> list = new ArrayList<>(new HashSet<>(ids));
        for (int from = 0; from < list.size(); from += 1000) {
            for (ReportComment c : participation.byIds(draft, list.subList(from, Math.min(list.size(), from + 1000)))) {
                if (c.isProposal()) {
                    proposalOf(c, campaigns).filter(p -> p.id() == c.id()).ifPresent(p -> found.put(p.id(), p));
                }
            }
        }
        return found;
    }

    /** The proposals one person's comments on the draft belong to. */
    Set<Long> proposalsOf(PublicDraft draft, long authorId) {
        Map<Long, WrittenReports.Campaign> campaigns = campaigns(draft.id());
        Set<Long> ids = new HashSet<>();
        for (ReportComment c : participation.byAuthor(draft, authorId)) {
            if (c.isProposal()) {
                proposalOf(c, campaigns).ifPresent(p -> ids.add(p.id()));
            }
        }
        return ids;
    }

    /** The proposal a visible comment belongs to: its campaign group's, or its own. */
    private static Optional<Proposal> proposalOf(ReportComment c, Map<Long, WrittenReports.Campaign> campaigns) {
        WrittenReports.Campaign group = campaigns.get(c.simhash());
        if (group == null) {
            return Optional.of(new Proposal(c.id(), c.clauseNumber(), c.text(), 1, null));
        }
        return Optional.of(
                new Proposal(group.proposalId(), c.clauseNumber(), c.text(), group.comments(), group.groupNumber()));
    }
}
