package uz.muhokama.opendata;

import static uz.muhokama.opendata.DraftDatasets.values;
import static uz.muhokama.opendata.Field.date;
import static uz.muhokama.opendata.Field.integer;
import static uz.muhokama.opendata.Field.number;
import static uz.muhokama.opendata.Field.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.reference.Population;
import uz.muhokama.reference.ReferenceCatalog;
import uz.muhokama.reference.ReferenceItem;
import uz.muhokama.reference.ReferenceList;
import uz.muhokama.stats.DraftGroupTable;
import uz.muhokama.stats.MonthTable;
import uz.muhokama.stats.RegionTable;
import uz.muhokama.stats.StatsPeriod;
import uz.muhokama.stats.StatsService;

/**
 * The reference lists the other resources' codes point to (regions with their residents, sectors,
 * agencies, in the four languages), and the statistics tables for the period asked (all time by default).
 */
@ApplicationScoped
class StatsDatasets {

    @Inject
    StatsService stats;

    @Inject
    ReferenceCatalog reference;

    List<Dataset> all() {
        return List.of(
                reference(
                        "regions",
                        ReferenceList.REGIONS,
                        "Regions (ISO 3166-2:UZ codes) with their permanent population"),
                reference("sectors", ReferenceList.SECTORS, "The 21 sectors drafts are filed under"),
                reference("agencies", ReferenceList.AGENCIES, "Drafting agencies"),
                regionStats(),
                groupStats("sector"),
                groupStats("agency"),
                monthStats());
    }

    private Dataset reference(String name, ReferenceList list, String description) {
        boolean regions = list == ReferenceList.REGIONS;
        List<Field> fields = new ArrayList<>(List.of(
                text("code", true, "Stable code"),
                text("name_uz", true, "Name in Uzbek"),
                text("name_uz_cyrl", true, "Name in Uzbek, Cyrillic script"),
                text("name_ru", true, "Name in Russian"),
                text("name_en", true, "Name in English")));
        if (regions) {
            fields.add(integer("residents", false, "Permanent population"));
            fields.add(date("residents_as_of", false, "Date of that count"));
        }
        return new Dataset(
                name,
                name.substring(0, 1).toUpperCase() + name.substring(1),
                description,
                fields,
                List.of(),
                null,
                (key, max, q) -> {
                    if (key > 0) {
                        return List.of();
                    }
                    List<ReferenceItem> ru = reference.list(list, Language.RU);
                    List<ReferenceItem> en = reference.list(list, Language.EN);
                    List<ExportRow> rows = new ArrayList<>();
                    List<ReferenceItem> uz = reference.list(list, Language.UZ);
                    List<ReferenceItem> uzCyrl = reference.list(list, Language.UZ_CYRL);
                    for (int i = 0; i < uz.size(); i++) {
                        Population p =
                                regions ? reference.populations().get(uz.get(i).code()) : null;
                        List<Object> v = new ArrayList<>(values(
                                uz.get(i).code(),
                                uz.get(i).name(),
                                uzCyrl.get(i).name(),
                                ru.get(i).name(),
                                en.get(i).name()));
                        if (regions) {
                            v.add(p == null ? null : p.residents());
                            v.add(p == null ? null : p.asOf());
                        }
                        rows.add(new ExportRow(i + 1, null, null, v));
                    }
                    return rows;
                });
    }

    private Dataset regionStats() {
        return new Dataset(
                "stats_regions",
                "Statistics by region",
                "Participation by region for the period (all time in the "
                        + "nightly package); an empty region code is people who gave none, and the last row is the total.",
                List.of(
                        text("region", false, "Region code; empty for region not given; TOTAL for the total"),
                        integer("participants", true, "Different people who took part"),
                        integer("comments", true, "Comments and proposals"),
                        integer("votes", true, "Votes cast"),
                        integer("survey_answers", true, "General survey answer sets"),
                        integer("expertises", true, "Anti-corruption expertises"),
                        integer("accepted", true, "Proposals accepted"),
                        integer("partly_accepted", true, "Proposals partly accepted"),
                        integer("rejected", true, "Proposals rejected"),
                        integer("residents", false, "Permanent population"),
                        number("participants_per_100k", "Participants per 100,000 residents")),
                List.of("period"),
                null,
                (key, max, q) -> key > 0 ? List.of() : regionRows(stats.regions(period(q), Language.EN)));
    }

    private List<ExportRow> regionRows(RegionTable table) {
        List<RegionTable.Row> rows = new ArrayList<>(table.rows());
        rows.add(table.regionNotGiven());
        rows.add(table.total());
        List<ExportRow> out = new ArrayList<>();
        for (RegionTable.Row r : rows) {
            String code = r == table.total() ? "TOTAL" : r.code();
            out.add(new ExportRow(
                    out.size() + 1,
                    null,
                    null,
                    values(
                            code,
                            r.participants(),
                            r.comments(),
                            r.votes(),
                            r.surveyAnswers(),
                            r.expertises(),
                            r.accepted(),
                            r.partlyAccepted(),
                            r.rejected(),
                            r.residents(),
                            r.participantsPer100k())));
        }
        return out;
    }

    private Dataset groupStats(String by) {
        return new Dataset(
                "sector".equals(by) ? "stats_sectors" : "stats_agencies",
                "Statistics by " + by,
                "Drafts, discussions, comments and " + "decisions by " + by
                        + " for the period; the last row is the total.",
                List.of(
                        text(by, true, by + " code; TOTAL for the total"),
                        integer("drafts_published", true, "Drafts published"),
                        integer("discussions_held", true, "Discussions that closed"),
                        integer("open_now", true, "Discussions open when taken"),
                        integer("comments", true, "Comments received"),
                        integer("accepted", true, "Proposals accepted"),
                        integer("partly_accepted", true, "Proposals partly accepted"),
                        integer("rejected", true, "Proposals rejected"),
                        number("median_days_to_summary", "Median days from close to published summary"),
                        integer("summaries_overdue", true, "Summaries overdue at the period's end")),
                List.of("period"),
                null,
                (key, max, q) -> {
                    if (key > 0) {
                        return List.of();
                    }
                    DraftGroupTable table = "sector".equals(by)
                            ? stats.sectors(period(q), Language.EN)
                            : stats.agencies(period(q), Language.EN);
                    List<DraftGroupTable.Row> rows = new ArrayList<>(table.rows());
                    rows.add(table.total());
                    List<ExportRow> out = new ArrayList<>();
                    for (DraftGroupTable.Row r : rows) {
                        out.add(new ExportRow(
                                out.size() + 1,
                                null,
                                null,
                                values(
                                        r.code() == null ? "TOTAL" : r.code(),
                                        r.draftsPublished(),
                                        r.discussionsHeld(),
                                        r.openNow(),
                                        r.comments(),
                                        r.accepted(),
                                        r.partlyAccepted(),
                                        r.rejected(),
                                        r.medianDaysToSummary(),
                                        r.summariesOverdue())));
                    }
                    return out;
                });
    }

    private Dataset monthStats() {
        return new Dataset(
                "stats_months",
                "Statistics by month",
                "The period month by month; the last row is the total.",
                List.of(
                        text("month", true, "yyyy-mm; TOTAL for the total"),
                        integer("participants", true, "Different people who took part"),
                        integer("comments", true, "Comments"),
                        integer("votes", true, "Votes"),
                        integer("survey_answers", true, "Survey answer sets"),
                        integer("expertises", true, "Expertises"),
                        integer("accepted", true, "Accepted"),
                        integer("partly_accepted", true, "Partly accepted"),
                        integer("rejected", true, "Rejected"),
                        integer("drafts_published", true, "Drafts published"),
                        integer("discussions_held", true, "Discussions held")),
                List.of("period"),
                null,
                (key, max, q) -> {
                    if (key > 0) {
                        return List.of();
                    }
                    MonthTable table = stats.months(period(q), Language.EN);
                    List<MonthTable.Row> rows = new ArrayList<>(table.rows());
                    rows.add(table.total());
                    List<ExportRow> out = new ArrayList<>();
                    for (MonthTable.Row r : rows) {
                        out.add(new ExportRow(
                                out.size() + 1,
                                null,
                                null,
                                values(
                                        r.month() == null ? "TOTAL" : r.month(),
                                        r.participants(),
                                        r.comments(),
                                        r.votes(),
                                        r.surveyAnswers(),
                                        r.expertises(),
                                        r.accepted(),
                                        r.partlyAccepted(),
                                        r.rejected(),
                                        r.draftsPublished(),
                                        r.discussionsHeld())));
                    }
                    return out;
                });
    }

    /** The period asked, or all time until today. */
    private StatsPeriod period(ExportQuery q) {
        return q.period() != null ? q.period() : stats.period(null, null);
    }
}
