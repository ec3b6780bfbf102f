package uz.muhokama.platform.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An Excel workbook written as it is filled (POI's streaming SXSSF: only a window of rows is held in
 * memory, whatever the size), with the portal's conventions: a bold, frozen header row with filters;
 * readable column widths; dates as real Excel dates in the portal's zone; numbers as numbers; and
 * every text as text: a cell that begins with {@code = + - @} (or a tab or carriage return) is also
 * marked quote-prefixed, so Excel never takes it for a formula, not even when the cell is edited. A
 * sheet that reaches Excel's row limit goes on in a further sheet with the same header.
 */
public final class Spreadsheet implements AutoCloseable {

    /** Rows in an Excel sheet, header included. */
    public static final int MAX_ROWS_PER_SHEET = 1_048_576;
    private static final int ROWS_IN_MEMORY = 100;
    private static final int MAX_COLUMN_CHARS = 80;
    /** Excel keeps at most this many characters in a cell. */
    static final int MAX_CELL_CHARS = 32_767;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
    private final ZoneId zone;
    private final CellStyle headerStyle;
    private final CellStyle dateStyle;
    private final CellStyle quotedTextStyle;
    private final CellStyle wrappedTextStyle;
    private final int maxRowsPerSheet;

    private SXSSFSheet sheet;
    private String sheetName;
    private List<String> headers;
    private int[] widths;
    private int nextRow;
    private int continuation;

    public Spreadsheet(ZoneId zone) {
        this(zone, MAX_ROWS_PER_SHEET);
    }

    /** With a lower row limit per sheet, for tests of the continuation. */
    Spreadsheet(ZoneId zone, int maxRowsPerSheet) {
        this.zone = zone;
        this.maxRowsPerSheet = maxRowsPerSheet;
        Font bold = workbook.createFont();
        bold.setBold(true);
        headerStyle = workbook.createCellStyle();
        headerStyle.setFont(bold);
        headerStyle.setWrapText(true);
        dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd.mm.yyyy hh:mm"));
        quotedTextStyle = workbook.createCellStyle();
        quotedTextStyle.setQuotePrefixed(true);
        wrappedTextStyle = workbook.createCellStyle();
        wrappedTextStyle.setWrapText(true);
    }

    /**
     * Starts a sheet with its header row.
     *
     * @param widths each column's width in characters
     */
    public Spreadsheet sheet(String name, List<String> headerRow, int... widths) {
        this.sheetName = name;
        this.headers = List.copyOf(headerRow);
        this.widths = widths.clone();
        this.continuation = 1;
        open(name);
        return this;
    }

    private void open(String name) {
        sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(name));
        Row header = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(headerStyle);
            int chars = i < widths.length ? widths[i] : Math.max(10, headers.get(i).length());
            sheet.setColumnWidth(i, Math.min(MAX_COLUMN_CHARS, Math.max(4, chars)) * 256);
        }
        sheet.createFreezePane(0, 1);
        if (!headers.isEmpty()) {
            sheet.setAutoFilter(new CellRangeAddress(0, 0, 0, headers.size() - 1));
        }
        nextRow = 1;
    }

    /** A new row of the current sheet, continuing on a further sheet when this one is full. */
    public Line line() {
        if (nextRow >= maxRowsPerSheet) {
            continuation++;
            open(sheetName + " (" + continuation + ")");
        }
        return new Line(sheet.createRow(nextRow++));
    }

    public void write(OutputStream out) throws IOException {
        workbook.write(out);
    }

    /** Deletes the temporary files the streaming workbook wrote. */
    @Override
    public void close() throws IOException {
        workbook.close();
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
            Cell cell = row.createCell(column++);
            if (value != null && !value.isEmpty()) {
                String shown = value.length() > MAX_CELL_CHARS ? value.substring(0, MAX_CELL_CHARS) : value;
                cell.setCellValue(shown);
                if (looksLikeFormula(shown)) {
                    cell.setCellStyle(quotedTextStyle);
                } else if (shown.indexOf('\n') >= 0) {
                    cell.setCellStyle(wrappedTextStyle);
                }
            }
            return this;
        }

        public Line number(long value) {
            row.createCell(column++).setCellValue(value);
            return this;
        }

        /** A number, or an empty cell for null. */
        public Line number(Number value) {
            Cell cell = row.createCell(column++);
            if (value != null) {
                cell.setCellValue(value.doubleValue());
            }
            return this;
        }

        /** A date and time in the portal's zone, as an Excel date; null leaves the cell empty. */
        public Line instant(Instant value) {
            Cell cell = row.createCell(column++);
            if (value != null) {
                cell.setCellValue(LocalDateTime.ofInstant(value, zone));
                cell.setCellStyle(dateStyle);
            }
            return this;
        }
    }

    /** Text that a spreadsheet would read as a formula (or a DDE command) if it were typed in. */
    static boolean looksLikeFormula(String value) {
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
