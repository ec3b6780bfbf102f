package uz.muhokama.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import uz.muhokama.draft.PublicDraft;
import uz.muhokama.participation.ParticipationReport;
import uz.muhokama.participation.ParticipationReport.CampaignGroup;
import uz.muhokama.participation.ParticipationReport.ReportComment;
import uz.muhokama.platform.excel.Spreadsheet;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.i18n.Messages;

/**
 * The Comments sheet (every comment and reply) and the Proposals sheet (what the agency decides on:
 * one row per proposal, a campaign counted once). Both come from one pass over the comments, a page
 * at a time, so the comments, the longest read of a big report, are read only once.
 */
@ApplicationScoped
class CommentSheets {

    static final int PAGE = 1000;

    @Inject
    ParticipationReport participation;

    @Inject
    Messages messages;

    /** The two sheets, for the writer to place in the workbook, and the rows written on each. */
    record Written(Spreadsheet.Table comments, Spreadsheet.Table proposals, long commentRows, long proposalRows) {}

    /** Progress is reported after every page of comments: on a big report that is what keeps the job's claim renewed. */
    Written write(
            Spreadsheet workbook,
            PublicDraft draft,
            List<CampaignGroup> campaigns,
            Language language,
            Function<String, String> regionName,
            ReportWriter.Progress progress) {
        Map<Long, CampaignGroup> bySimhash = new HashMap<>();
        campaigns.forEach(g -> g.simhashes().forEach(f -> bySimhash.put(f, g)));
        Spreadsheet.Table comments = workbook.table(
                text(language, "report.sheet.comments"),
                List.of(
                        text(language, "report.comment.id"),
                        text(language, "report.comment.clause"),
                        text(language, "report.comment.clause-changed"),
                        text(language, "report.comment.reply-to"),
                        text(language, "report.comment.author"),
                        text(language, "report.comment.region"),
                        text(language, "report.comment.written"),
                        text(language, "report.comment.edited"),
                        text(language, "report.comment.edits"),
                        text(language, "report.comment.text"),
                        text(language, "report.comment.state"),
                        text(language, "report.comment.moderation-note"),
                        text(language, "report.comment.campaign"),
                        text(language, "report.comment.campaign-size"),
                        text(language, "report.comment.proposal")),
                10,
                8,
                10,
                10,
                24,
                22,
                17,
                17,
                7,
                70,
                12,
                30,
                10,
                10,
                10);
        Spreadsheet.Table proposals = workbook.table(
                text(language, "report.sheet.proposals"), proposalHeaders(language), 10, 8, 70, 8, 10, 16, 50);
        Map<String, String> states = Map.of(
                "visible",
                text(language, "report.comment-state.visible"),
                "hidden",
                text(language, "report.comment-state.hidden"),
                "withdrawn",
                text(language, "report.comment-state.withdrawn"));
        long commentRows = 0;
        long proposalRows = 0;
        ParticipationReport.Span span = participation.span(draft);
        for (List<ReportComment> page = participation.page(draft, span, Long.MAX_VALUE, PAGE);
                !page.isEmpty();
                page = participation.page(draft, span, page.get(page.size() - 1).id(), PAGE)) {
            for (ReportComment c : page) {
                CampaignGroup group = c.isProposal() ? bySimhash.get(c.simhash()) : null;
                Long proposalId = !c.isProposal() ? null : group == null ? c.id() : group.proposalId();
                comments.line()
                        .number(c.id())
                        .text(c.clauseNumber())
                        .bool(c.clauseChanged())
                        .number(c.parentId())
                        .text(c.authorName())
                        .text(regionName.apply(c.authorRegion()))
                        .instant(c.createdAt())
                        .instant(c.editedAt())
                        .number(c.edits())
                        .text(c.text())
                        .text(states.get(c.state()))
                        .text(c.moderationNote())
                        .number(group == null ? null : group.number())
                        .number(group == null ? null : group.comments())
                        .number(proposalId);
                commentRows++;
                if (proposalId != null && proposalId == c.id()) {
                    proposals
                            .line()
                            .number(c.id())
                            .text(c.clauseNumber())
                            .text(group == null ? c.text() : group.sampleText())
                            .number(group == null ? 1 : group.comments())
                            .number(group == null ? null : group.number())
                            .text(null)
                            .text(null);
                    proposalRows++;
                }
            }
            progress.rowsWritten(workbook.rowsWritten());
        }
        return new Written(comments, proposals, commentRows, proposalRows);
    }

    private List<String> proposalHeaders(Language language) {
        return List.of(
                text(language, "report.proposal.id"),
                text(language, "report.proposal.clause"),
                text(language, "report.proposal.text"),
                text(language, "report.proposal.count"),
                text(language, "report.proposal.campaign"),
                text(language, "report.proposal.decision"),
                text(language, "report.proposal.reason"));
    }

    private String text(Language language, String key, Object... args) {
        return messages.get(language, key, args);
    }
}
