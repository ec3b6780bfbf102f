package uz.muhokama.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import uz.muhokama.account.AccountService;
import uz.muhokama.discussion.DiscussionView;
import uz.muhokama.discussion.ExtensionView;
import uz.muhokama.draft.DraftView;
import uz.muhokama.draft.PublicDraft;
import uz.muhokama.participation.ParticipationReport;
import uz.muhokama.participation.ParticipationReport.CampaignGroup;
import uz.muhokama.participation.ParticipationReport.ReportComment;
import uz.muhokama.platform.excel.Spreadsheet;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.i18n.Messages;
import uz.muhokama.platform.time.PortalTimeZone;
import uz.muhokama.reference.ReferenceCatalog;
import uz.muhokama.reference.ReferenceItem;
import uz.muhokama.reference.ReferenceList;
import uz.muhokama.ria.RiaView;
import uz.muhokama.survey.SurveyReport;

/**
 * Writes the report workbook of a closed discussion, in the agency's language, straight from paged
 * reads: Summary (the draft, its window and extensions, the counts, participants by region, campaign
 * groups), Comments (every comment and reply), one sheet per questionnaire (the anti-corruption
 * expertise, the general survey) and Proposals (what the agency decides on). Comments and Proposals
 * are filled side by side from one pass over the comments. Memory stays flat whatever the size: POI
 * keeps a window of rows and the reads come a page at a time.
 */
@ApplicationScoped
class ReportWriter {

    static final int PAGE = 1000;

    @Inject
    ParticipationReport participation;

    @Inject
    SurveyReport surveys;

    @Inject
    AccountService accounts;

    @Inject
    ReferenceCatalog reference;

    @Inject
    Messages messages;

    @Inject
    PortalTimeZone timeZone;

    /** Hears of progress as rows are written; may stop the writing by throwing. */
    public interface Progress {
        void rowsWritten(long rows);
    }

    /** What was written, and how long each part took (milliseconds: summary, comments and proposals, surveys, the file). */
    public record Written(
            long rows,
            long comments,
            long proposals,
            long summaryMillis,
            long commentsMillis,
            long surveysMillis,
            long fileMillis) {}

    /** The draft as the writer needs it: the public draft and its view in the report's language. */
    record Subject(PublicDraft draft, DraftView view, DiscussionView discussion, Optional<RiaView> ria) {}

    Written write(
            Subject subject, List<CampaignGroup> campaigns, Language language, OutputStream out, Progress progress)
            throws IOException {
        PublicDraft draft = subject.draft();
        Map<Long, CampaignGroup> bySimhash = new HashMap<>();
        campaigns.forEach(g -> g.simhashes().forEach(f -> bySimhash.put(f, g)));
        Function<String, String> regionName = code -> code == null
                ? null
                : reference
                        .find(ReferenceList.REGIONS, code, language)
                        .map(ReferenceItem::name)
                        .orElse(code);
        try (Spreadsheet workbook = new Spreadsheet(timeZone.zone())) {
            long started = System.nanoTime();
            Spreadsheet.Table summary = writeSummary(workbook, subject, campaigns, language);
            long summaryDone = System.nanoTime();
            progress.rowsWritten(workbook.rowsWritten());

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
                    page = participation.page(
                            draft, span, page.get(page.size() - 1).id(), PAGE)) {
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
            long commentsDone = System.nanoTime();
            List<Spreadsheet.Table> order = new ArrayList<>(List.of(summary, comments));
            for (String code : surveys.questionnaireCodes()) {
                order.add(surveys.writeSheet(
                        workbook,
                        draft,
                        code,
                        language,
                        regionName,
                        rows -> progress.rowsWritten(workbook.rowsWritten())));
            }
            subject.ria().map(ria -> writeRia(workbook, ria, language)).ifPresent(order::add);
            order.add(proposals);
            long surveysDone = System.nanoTime();
            workbook.order(order.toArray(Spreadsheet.Table[]::new));
            workbook.write(out);
            long fileDone = System.nanoTime();
            return new Written(
                    workbook.rowsWritten(),
                    commentRows,
                    proposalRows,
                    (summaryDone - started) / 1_000_000,
                    (commentsDone - summaryDone) / 1_000_000,
                    (surveysDone - commentsDone) / 1_000_000,
                    (fileDone - surveysDone) / 1_000_000);
        }
    }

    List<String> proposalHeaders(Language language) {
        return List.of(
                text(language, "report.proposal.id"),
                text(language, "report.proposal.clause"),
                text(language, "report.proposal.text"),
                text(language, "report.proposal.count"),
                text(language, "report.proposal.campaign"),
                text(language, "report.proposal.decision"),
                text(language, "report.proposal.reason"));
    }

    private Spreadsheet.Table writeSummary(
            Spreadsheet workbook, Subject subject, List<CampaignGroup> campaigns, Language language) {
        PublicDraft draft = subject.draft();
        DraftView view = subject.view();
        DiscussionView discussion = subject.discussion();
        Spreadsheet.Table sheet = workbook.table(
                text(language, "report.sheet.summary"),
                List.of(text(language, "report.summary.item"), text(language, "report.summary.value"), "", "", "", ""),
                40,
                60,
                14,
                14,
                14,
                14);
        sheet.line().text(text(language, "report.summary.draft")).text(draft.number());
        sheet.line().text(text(language, "report.summary.title")).text(view.title());
        sheet.line()
                .text(text(language, "report.summary.agency"))
                .text(view.agency() == null ? null : view.agency().name());
        sheet.line()
                .text(text(language, "report.summary.sector"))
                .text(view.sector() == null ? null : view.sector().name());
        sheet.line()
                .text(text(language, "report.summary.act-type"))
                .text(view.actType() == null ? null : view.actType().name());
        sheet.line().text(text(language, "report.summary.published")).instant(view.publishedAt());
        if (discussion != null) {
            sheet.line().text(text(language, "report.summary.opened")).instant(discussion.opensAt());
            sheet.line().text(text(language, "report.summary.closed")).instant(discussion.closesAt());
            int n = 0;
            for (ExtensionView e : discussion.extensions()) {
                n++;
                sheet.line()
                        .text(text(language, "report.summary.extension", n))
                        .instant(e.newClosesAt())
                        .text(text(language, "report.summary.extension-from"))
                        .instant(e.previousClosesAt())
                        .text(e.reason());
            }
        }
        ParticipationReport.Counts counts = participation.counts(draft);
        Map<Long, ParticipationReport.Author> authors = participation.authors(draft);
        Map<Long, Boolean> voters = participation.voters(draft);
        Set<Long> people = new HashSet<>(authors.keySet());
        people.addAll(voters.keySet());
        sheet.line();
        sheet.heading(List.of(text(language, "report.summary.counts")));
        count(sheet, language, "report.summary.comments", counts.comments());
        count(sheet, language, "report.summary.replies", counts.replies());
        count(sheet, language, "report.summary.hidden", counts.hidden());
        count(sheet, language, "report.summary.withdrawn", counts.withdrawn());
        count(sheet, language, "report.summary.participants", people.size());
        count(sheet, language, "report.summary.support", counts.support());
        count(sheet, language, "report.summary.oppose", counts.oppose());
        Map<String, Map<String, Long>> surveyRegions = new LinkedHashMap<>();
        for (String code : surveys.questionnaireCodes()) {
            Map<String, Long> byRegion = surveys.respondentsByRegion(draft, code);
            surveyRegions.put(code, byRegion);
            sheet.line()
                    .text(text(language, "report.summary.answer-sets", surveys.title(code, language)))
                    .number(byRegion.values().stream()
                            .mapToLong(Long::longValue)
                            .sum());
        }
        count(sheet, language, "report.summary.campaigns", campaigns.size());

        // Participants by region, as the source article's regional table: one row per region in the
        // reference order, then those who gave none, then the total.
        Map<Long, String> voterRegions = accounts.regionsOf(
                voters.keySet().stream().filter(id -> !authors.containsKey(id)).toList());
        Map<String, long[]> byRegion = new LinkedHashMap<>();
        reference.list(ReferenceList.REGIONS, language).forEach(r -> byRegion.put(r.code(), new long[5]));
        byRegion.put(null, new long[5]);
        for (Long person : people) {
            ParticipationReport.Author author = authors.get(person);
            String region = author != null ? author.region() : voterRegions.get(person);
            long[] row = byRegion.computeIfAbsent(byRegion.containsKey(region) ? region : null, k -> new long[5]);
            row[0]++;
            if (author != null) {
                row[1] += author.comments();
            }
            Boolean support = voters.get(person);
            if (support != null) {
                row[support ? 2 : 3]++;
            }
        }
        surveyRegions
                .values()
                .forEach(m -> m.forEach((region, n) -> byRegion.computeIfAbsent(
                                byRegion.containsKey(region) ? region : null, k -> new long[5])[4] += n));
        sheet.line();
        sheet.heading(List.of(
                text(language, "report.region.region"),
                text(language, "report.region.participants"),
                text(language, "report.region.comments"),
                text(language, "report.region.support"),
                text(language, "report.region.oppose"),
                text(language, "report.region.answer-sets")));
        long[] total = new long[5];
        for (Map.Entry<String, long[]> e : byRegion.entrySet()) {
            String name = e.getKey() == null
                    ? text(language, "report.region.none")
                    : reference
                            .find(ReferenceList.REGIONS, e.getKey(), language)
                            .map(ReferenceItem::name)
                            .orElse(e.getKey());
            Spreadsheet.Line line = sheet.line().text(name);
            for (int i = 0; i < 5; i++) {
                line.number(e.getValue()[i]);
                total[i] += e.getValue()[i];
            }
        }
        Spreadsheet.Line totalLine = sheet.line().text(text(language, "report.region.total"));
        for (long n : total) {
            totalLine.number(n);
        }
        sheet.line();
        sheet.heading(List.of(
                text(language, "report.campaign.number"),
                text(language, "report.campaign.comments"),
                text(language, "report.campaign.variants"),
                text(language, "report.campaign.proposal"),
                text(language, "report.campaign.text")));
        if (campaigns.isEmpty()) {
            sheet.line().text(text(language, "report.campaign.none"));
        }
        for (CampaignGroup g : campaigns) {
            sheet.line()
                    .number(g.number())
                    .number(g.comments())
                    .number(g.variants())
                    .number(g.proposalId())
                    .text(g.sampleText());
        }
        return sheet;
    }

    /** The regulatory impact assessment published with the draft, section by section. */
    private Spreadsheet.Table writeRia(Spreadsheet workbook, RiaView ria, Language language) {
        Spreadsheet.Table sheet = workbook.table(
                text(language, "report.sheet.ria"),
                List.of(
                        text(language, "report.summary.item"),
                        text(language, "report.summary.value"),
                        "",
                        "",
                        "",
                        "",
                        ""),
                34,
                60,
                30,
                18,
                18,
                40,
                18);
        sheet.line().text(text(language, "ria.level")).text(ria.level().label());
        sheet.line().text(text(language, "ria.field.problem")).text(ria.problem());
        sheet.line().text(text(language, "ria.field.objectives")).text(ria.objectives());
        sheet.line();
        sheet.heading(List.of(
                text(language, "ria.field.option-kind"),
                text(language, "ria.field.option-title"),
                text(language, "ria.field.option-description")));
        ria.options()
                .forEach(o -> sheet.line()
                        .text(o.kind() == null ? null : o.kind().label())
                        .text(o.title())
                        .text(o.description()));
        sheet.line();
        sheet.heading(List.of(
                text(language, "ria.group"),
                text(language, "ria.field.costoneoffuzs"),
                text(language, "ria.field.costyearlyuzs"),
                text(language, "ria.field.costs"),
                text(language, "ria.field.benefitoneoffuzs"),
                text(language, "ria.field.benefityearlyuzs"),
                text(language, "ria.field.benefits")));
        ria.impacts()
                .forEach(i -> sheet.line()
                        .text(i.group() == null ? null : i.group().label())
                        .number(i.costOneOffUzs())
                        .number(i.costYearlyUzs())
                        .text(i.costs())
                        .number(i.benefitOneOffUzs())
                        .number(i.benefitYearlyUzs())
                        .text(i.benefits()));
        sheet.line();
        sheet.line().text(text(language, "ria.field.affected-groups")).text(ria.affectedGroups());
        sheet.line()
                .text(text(language, "ria.field.regions"))
                .text(String.join(
                        ", ", ria.regions().stream().map(ReferenceItem::name).toList()));
        sheet.line().text(text(language, "ria.field.administrative-burden")).text(ria.administrativeBurden());
        sheet.line().text(text(language, "ria.field.corruption-risks")).text(ria.corruptionRisks());
        sheet.line();
        sheet.heading(List.of(text(language, "ria.field.risk"), text(language, "ria.field.mitigation")));
        ria.risks().forEach(r -> sheet.line().text(r.risk()).text(r.mitigation()));
        sheet.line();
        sheet.heading(List.of(
                text(language, "ria.field.indicator.name"),
                text(language, "ria.field.indicator.baseline"),
                text(language, "ria.field.indicator.target"),
                text(language, "ria.field.indicator.datasource"),
                text(language, "ria.field.indicator.reviewon"),
                text(language, "ria.field.indicator.evaluationon")));
        DateTimeFormatter dates = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        ria.indicators()
                .forEach(i -> sheet.line()
                        .text(i.name())
                        .text(i.baseline())
                        .text(i.target())
                        .text(i.dataSource())
                        .text(i.reviewOn() == null ? null : i.reviewOn().format(dates))
                        .text(i.evaluationOn() == null ? null : i.evaluationOn().format(dates)));
        return sheet;
    }

    private void count(Spreadsheet.Table sheet, Language language, String key, long value) {
        sheet.line().text(text(language, key)).number(value);
    }

    private String text(Language language, String key, Object... args) {
        return messages.get(language, key, args);
    }
}
