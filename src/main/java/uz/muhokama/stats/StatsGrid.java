package uz.muhokama.stats;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import uz.muhokama.platform.excel.Spreadsheet;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.i18n.Messages;

/**
 * A statistics table as its downloads have it: headers in the reader's language and rows of text and
 * numbers (null for "not applicable"), written as CSV (UTF-8 with a byte-order mark, RFC 4180) or as a
 * one-sheet Excel workbook. The page shows the same rows.
 */
public record StatsGrid(String sheet, List<String> headers, List<List<Object>> rows) {

    private static final List<String> REGION_COLUMNS = List.of(
            "stats.column.region-code",
            "stats.column.region",
            "stats.column.participants",
            "stats.column.comments",
            "stats.column.votes",
            "stats.column.survey-answers",
            "stats.column.expertises",
            "stats.column.decided",
            "stats.column.accepted",
            "stats.column.partly-accepted",
            "stats.column.rejected",
            "stats.column.accepted-share",
            "stats.column.partly-accepted-share",
            "stats.column.rejected-share",
            "stats.column.residents",
            "stats.column.per-100k");

    private static final List<String> GROUP_COLUMNS = List.of(
            "stats.column.code",
            "stats.column.name",
            "stats.column.drafts-published",
            "stats.column.discussions-held",
            "stats.column.open-now",
            "stats.column.comments",
            "stats.column.decided",
            "stats.column.accepted",
            "stats.column.partly-accepted",
            "stats.column.rejected",
            "stats.column.accepted-share",
            "stats.column.partly-accepted-share",
            "stats.column.rejected-share",
            "stats.column.median-days",
            "stats.column.overdue");

    private static final List<String> MONTH_COLUMNS = List.of(
            "stats.column.month",
            "stats.column.participants",
            "stats.column.comments",
            "stats.column.votes",
            "stats.column.survey-answers",
            "stats.column.expertises",
            "stats.column.decided",
            "stats.column.accepted",
            "stats.column.partly-accepted",
            "stats.column.rejected",
            "stats.column.drafts-published",
            "stats.column.discussions-held");

    static StatsGrid of(RegionTable table, Messages messages, Language language) {
        List<List<Object>> rows = new ArrayList<>();
        table.rows().forEach(r -> rows.add(regionCells(r, r.code(), r.name())));
        rows.add(regionCells(table.regionNotGiven(), null, messages.get(language, "stats.region-not-given")));
        rows.add(regionCells(table.total(), null, messages.get(language, "stats.total")));
        return new StatsGrid(
                messages.get(language, "stats.regions.sheet"), headers(REGION_COLUMNS, messages, language), rows);
    }

    static StatsGrid of(DraftGroupTable table, Messages messages, Language language) {
        List<List<Object>> rows = new ArrayList<>();
        table.rows().forEach(r -> rows.add(groupCells(r, r.code(), r.name())));
        rows.add(groupCells(table.total(), null, messages.get(language, "stats.total")));
        return new StatsGrid(
                messages.get(language, "stats." + table.by() + ".sheet"),
                headers(GROUP_COLUMNS, messages, language),
                rows);
    }

    static StatsGrid of(MonthTable table, Messages messages, Language language) {
        List<List<Object>> rows = new ArrayList<>();
        table.rows().forEach(r -> rows.add(monthCells(r, r.month())));
        rows.add(monthCells(table.total(), messages.get(language, "stats.total")));
        return new StatsGrid(
                messages.get(language, "stats.months.sheet"), headers(MONTH_COLUMNS, messages, language), rows);
    }

    private static List<Object> regionCells(RegionTable.Row r, String code, String name) {
        return cells(
                code,
                name,
                r.participants(),
                r.comments(),
                r.votes(),
                r.surveyAnswers(),
                r.expertises(),
                r.decided(),
                r.accepted(),
                r.partlyAccepted(),
                r.rejected(),
                r.acceptedShare(),
                r.partlyAcceptedShare(),
                r.rejectedShare(),
                r.residents(),
                r.participantsPer100k());
    }

    private static List<Object> groupCells(DraftGroupTable.Row r, String code, String name) {
        return cells(
                code,
                name,
                r.draftsPublished(),
                r.discussionsHeld(),
                r.openNow(),
                r.comments(),
                r.decided(),
                r.accepted(),
                r.partlyAccepted(),
                r.rejected(),
                r.acceptedShare(),
                r.partlyAcceptedShare(),
                r.rejectedShare(),
                r.medianDaysToSummary(),
                r.summariesOverdue());
    }

    private static List<Object> monthCells(MonthTable.Row r, String month) {
        return cells(
                month,
                r.participants(),
                r.comments(),
                r.votes(),
                r.surveyAnswers(),
                r.expertises(),
                r.decided(),
                r.accepted(),
                r.partlyAccepted(),
                r.rejected(),
                r.draftsPublished(),
                r.discussionsHeld());
    }

    private static List<Object> cells(Object... values) {
        return Arrays.asList(values);
    }

    private static List<String> headers(List<String> keys, Messages messages, Language language) {
        return keys.stream().map(k -> messages.get(language, k)).toList();
    }

    void writeCsv(OutputStream out) throws IOException {
        OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180);
        csv.printRecord(headers);
        for (List<Object> row : rows) {
            csv.printRecord(row.stream()
                    .map(v -> v == null ? "" : v instanceof String s ? Spreadsheet.csvText(s) : v.toString())
                    .toList());
        }
        csv.flush();
    }

    void writeWorkbook(OutputStream out, ZoneId zone) throws IOException {
        try (Spreadsheet book = new Spreadsheet(zone)) {
            book.sheet(sheet, headers);
            for (List<Object> row : rows) {
                Spreadsheet.Line line = book.line();
                for (Object value : row) {
                    if (value instanceof Number number) {
                        line.number(number);
                    } else {
                        line.text((String) value);
                    }
                }
            }
            book.write(out);
        }
    }
}
