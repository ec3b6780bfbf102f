package uz.muhokama.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uz.muhokama.account.AccountService;
import uz.muhokama.discussion.DiscussionView;
import uz.muhokama.discussion.ExtensionView;
import uz.muhokama.draft.DraftView;
import uz.muhokama.draft.PublicDraft;
import uz.muhokama.participation.ParticipationReport;
import uz.muhokama.participation.ParticipationReport.CampaignGroup;
import uz.muhokama.platform.excel.Spreadsheet;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.i18n.Messages;
import uz.muhokama.reference.ReferenceCatalog;
import uz.muhokama.reference.ReferenceItem;
import uz.muhokama.reference.ReferenceList;
import uz.muhokama.survey.SurveyReport;

/**
 * The report's first sheet, Summary: the draft, its discussion window and extensions, the counts,
 * participants by region and the campaign groups. Everything on it is a count or an aggregate, so
 * it is read whole rather than a page at a time.
 */
@ApplicationScoped
class SummarySheet {

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

    Spreadsheet.Table write(
            Spreadsheet workbook, ReportWriter.Subject subject, List<CampaignGroup> campaigns, Language language) {
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

    private void count(Spreadsheet.Table sheet, Language language, String key, long value) {
        sheet.line().text(text(language, key)).number(value);
    }

    private String text(Language language, String key, Object... args) {
        return messages.get(language, key, args);
    }
}
