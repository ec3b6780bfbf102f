package uz.muhokama.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * What other features may know of the reports written, without their rows: whether a draft's report is
 * written, and the campaign groups it listed ({@code decision} decides on exactly those proposals).
 */
@ApplicationScoped
public class WrittenReports {

    @Inject
    ReportRepository reports;

    /** A campaign group as the report listed it: every comment whose text has this simhash belongs to the proposal. */
    public record Campaign(long simhash, long proposalId, int groupNumber, long comments) {}

    /** Whether the draft's report is written (its forwarding may still run). */
    @Transactional
    public boolean isWritten(long draftId) {
        return reports.ofDraft(draftId).map(Report::isWritten).orElse(false);
    }

    /** The campaign groups the draft's report listed, one entry per text. */
    @Transactional
    public List<Campaign> campaigns(long draftId) {
        return reports.campaigns(draftId).stream()
                .map(c -> new Campaign(c.simhash(), c.proposalId(), c.groupNumber(), c.comments()))
                .toList();
    }
}
