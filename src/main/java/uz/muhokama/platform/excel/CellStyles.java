package uz.muhokama.platform.excel;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The few cell styles a {@link Spreadsheet} uses, made once per workbook (Excel keeps a workbook's
 * styles in one table, so a style per cell would grow it without end), and which one a text gets.
 */
final class CellStyles {

    private final CellStyle header;
    private final CellStyle date;
    private final CellStyle quotedText;
    private final CellStyle wrappedText;
    /**
     * The workbook's default style, given to every cell that needs no other: a cell without a style
     * makes SXSSF look for its column's default style among the column definitions (the widths) as it
     * writes the cell, which took a fifth of a million-comment report's time.
     */
    private final CellStyle plain;

    CellStyles(SXSSFWorkbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("dd.mm.yyyy hh:mm"));
        quotedText = workbook.createCellStyle();
        quotedText.setQuotePrefixed(true);
        wrappedText = workbook.createCellStyle();
        wrappedText.setWrapText(true);
        plain = workbook.getCellStyleAt(0);
    }

    /**
     * A text that looks like a formula is marked quote-prefixed, so that Excel never takes it for one,
     * not even when the cell is edited; a text of several lines wraps.
     */
    CellStyle forText(String text) {
        return SpreadsheetText.looksLikeFormula(text) ? quotedText : text.indexOf('\n') >= 0 ? wrappedText : plain;
    }

    CellStyle header() {
        return header;
    }

    CellStyle date() {
        return date;
    }

    CellStyle plain() {
        return plain;
    }
}
