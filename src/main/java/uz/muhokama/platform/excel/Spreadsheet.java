package uz.muhokama.platform.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An Excel workbook written as it is filled (POI's streaming SXSSF: only a window of rows is held in
 * memory, whatever the size), with the portal's conventions: a bold, frozen header row with filters;
 * readable column widths; dates as real Excel dates in the portal's zone; numbers as numbers; and
 * every text as text: a cell that begins with {@code = + - @} (or a tab or carriage return) is also
 * marked quote-prefixed, so Excel never takes it for a formula, not even when the cell is edited. A
 * sheet that reaches Excel's row limit goes on in a further sheet with the same header.
 *
 * <p>A workbook holds tables, each one sheet (and its continuations). Usually one table is filled after
 * the other ({@link #sheet} and {@link #line}); tables may also be filled side by side from one pass
 * over the data ({@link #table}), and put in their reading order at the end ({@link #order}).
 */
public final class Spreadsheet implements AutoCloseable {

    /** Rows in an Excel sheet, header included. */
    public static final int MAX_ROWS_PER_SHEET = 1_048_576;

    private static final int ROWS_IN_MEMORY = 100;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
    private final ZoneId zone;
    private final CellStyles styles;
    private final int maxRowsPerSheet;

    private Table current;
    private long rowsWritten;

    public Spreadsheet(ZoneId zone) {
        this(zone, MAX_ROWS_PER_SHEET);
    }

    /** With a lower row limit per sheet, for tests of the continuation. */
    Spreadsheet(ZoneId zone, int maxRowsPerSheet) {
        this.zone = zone;
        this.maxRowsPerSheet = maxRowsPerSheet;
        this.styles = new CellStyles(workbook);
    }

    /**
     * Starts a sheet with its header row; {@link #line} then writes to it.
     *
     * @param widths each column's width in characters
     */
    public Spreadsheet sheet(String name, List<String> headerRow, int... widths) {
        current = table(name, headerRow, widths);
        return this;
    }

    /** Starts a table on a sheet of its own, to be filled through the returned table. */
    public Table table(String name, List<String> headerRow, int... widths) {
        return new Table(name, headerRow, widths);
    }

    /** A new row of the current sheet, continuing on a further sheet when this one is full. */
    public Line line() {
        return current.line();
    }

    /** A bold row in the current sheet: the header of a further block of rows under the first. */
    public void heading(List<String> cells) {
        current.heading(cells);
    }

    /** An empty row in the current sheet, to set blocks apart. */
    public void blank() {
        current.line();
    }

    /** Rows written so far in all sheets, headers included. */
    public long rowsWritten() {
        return rowsWritten;
    }

    /** Puts the tables' sheets first, in this order (a table's continuations right after it). */
    public void order(Table... tables) {
        int position = 0;
        for (Table table : tables) {
            for (String name : table.sheetNames) {
                workbook.setSheetOrder(name, position++);
            }
        }
        workbook.setActiveSheet(0);
        workbook.setSelectedTab(0);
    }

    /**
     * A very hidden sheet of one row (Excel shows it in no menu): how a workbook the portal made says
     * what it is, so that a file uploaded back can be recognised.
     */
    public void marker(String name, List<String> values) {
        SXSSFSheet marker = workbook.createSheet(name);
        Row row = marker.createRow(0);
        for (int i = 0; i < values.size(); i++) {
            row.createCell(i).setCellValue(values.get(i));
        }
        workbook.setSheetVisibility(workbook.getSheetIndex(marker), SheetVisibility.VERY_HIDDEN);
    }

    public void write(OutputStream out) throws IOException {
        workbook.write(out);
    }

    /** Deletes the temporary files the streaming workbook wrote. */
    @Override
    public void close() throws IOException {
        workbook.close();
    }

    /** One table: a sheet with a header row, and its continuations past Excel's row limit. */
    public final class Table {

        private final String name;
        private final List<String> headers;
        private final int[] widths;
        private final List<String> sheetNames = new ArrayList<>();
        private SXSSFSheet sheet;
        private int nextRow;

        private Table(String name, List<String> headers, int[] widths) {
            this.name = name;
            this.headers = List.copyOf(headers);
            this.widths = widths.clone();
            open(name);
        }

        private void open(String sheetName) {
            sheet = SheetLayout.headedSheet(workbook, sheetName, headers, widths, styles.header());
            sheetNames.add(sheet.getSheetName());
            rowsWritten++;
            nextRow = 1;
        }

        /** A new row, continuing on a further sheet when this one is full. */
        public Line line() {
            if (nextRow >= maxRowsPerSheet) {
                open(name + " (" + (sheetNames.size() + 1) + ")");
            }
            rowsWritten++;
            return new Line(sheet.createRow(nextRow++));
        }

        /** A bold row: the header of a further block of rows under the first. */
        public void heading(List<String> cells) {
            Line line = line();
            cells.forEach(line::text);
            for (Cell cell : line.row) {
                cell.setCellStyle(styles.header());
            }
        }

        /**
         * Offers a drop-down of these values in one column of every row written so far (call it once
         * the table is filled). Excel also refuses other typed values, with this title and message.
         */
        public void dropDown(int column, List<String> values, String errorTitle, String errorText) {
            for (SXSSFSheet each : sheetsOf(this)) {
                SheetLayout.dropDown(each, column, values, errorTitle, errorText);
            }
        }

        public String name() {
            return name;
        }
    }

    private List<SXSSFSheet> sheetsOf(Table table) {
        return table.sheetNames.stream()
                .map(n -> (SXSSFSheet) workbook.getSheet(n))
                .toList();
    }

    /** One row being written, cell after cell from the left. */
    public final class Line {

        private final Row row;
        private int column;

        private Line(Row row) {
            this.row = row;
        }

        /** Text, always as text; null leaves the cell empty. */
        public Line text(String value) {
            if (value == null || value.isEmpty()) {
                column++;
                return this;
            }
            String shown = SpreadsheetText.fitted(value);
            cell(styles.forText(shown)).setCellValue(shown);
            return this;
        }

        public Line number(long value) {
            cell(styles.plain()).setCellValue(value);
            return this;
        }

        /** A number, or an empty cell for null. */
        public Line number(Number value) {
            if (value == null) {
                column++;
            } else {
                cell(styles.plain()).setCellValue(value.doubleValue());
            }
            return this;
        }

        /** A date and time in the portal's zone, as an Excel date; null leaves the cell empty. */
        public Line instant(Instant value) {
            if (value == null) {
                column++;
            } else {
                cell(styles.date()).setCellValue(LocalDateTime.ofInstant(value, zone));
            }
            return this;
        }

        /** Yes or no, as Excel's TRUE or FALSE. */
        public Line bool(boolean value) {
            cell(styles.plain()).setCellValue(value);
            return this;
        }

        /** The next cell, with its style. An empty cell is not written at all: it is only a column skipped. */
        private Cell cell(CellStyle style) {
            Cell cell = row.createCell(column++);
            cell.setCellStyle(style);
            return cell;
        }
    }

    /** Text for a CSV file a spreadsheet may open (see {@link SpreadsheetText#csvText}). */
    public static String csvText(String value) {
        return SpreadsheetText.csvText(value);
    }

    /** Text that a spreadsheet would read as a formula (see {@link SpreadsheetText#looksLikeFormula}). */
    public static boolean looksLikeFormula(String value) {
        return SpreadsheetText.looksLikeFormula(value);
    }
}
