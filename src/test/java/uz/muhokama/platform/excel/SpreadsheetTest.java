package uz.muhokama.platform.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Workbooks reopened with POI: text stays text, dates are dates, a full sheet goes on in another. */
class SpreadsheetTest {

    private static XSSFWorkbook reopened(Spreadsheet sheet) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        sheet.write(out);
        sheet.close();
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void textThatLooksLikeAFormulaIsATextCellMarkedQuotePrefixed() throws IOException {
        Spreadsheet sheet = new Spreadsheet(ZoneId.of("Asia/Tashkent"))
                .sheet("Javoblar", List.of("Matn", "Vaqt", "Son"), 40, 17, 8);
        Instant at = Instant.parse("2026-12-06T10:15:00Z");
        sheet.line().text("=HYPERLINK(\"http://x\",\"y\")").instant(at).number(7L);
        sheet.line().text("+998 90").text(null).number((Number) null);
        sheet.line().text("Oddiy matn");
        try (XSSFWorkbook book = reopened(sheet)) {
            Sheet s = book.getSheet("Javoblar");
            assertEquals("Matn", s.getRow(0).getCell(0).getStringCellValue());
            Cell formulaLike = s.getRow(1).getCell(0);
            assertEquals(CellType.STRING, formulaLike.getCellType());
            assertEquals("=HYPERLINK(\"http://x\",\"y\")", formulaLike.getStringCellValue());
            assertTrue(formulaLike.getCellStyle().getQuotePrefixed());
            assertTrue(s.getRow(2).getCell(0).getCellStyle().getQuotePrefixed());
            assertFalse(s.getRow(3).getCell(0).getCellStyle().getQuotePrefixed());
            Cell time = s.getRow(1).getCell(1);
            assertTrue(DateUtil.isCellDateFormatted(time));
            assertEquals(
                    LocalDateTime.of(2026, 12, 6, 15, 15), time.getLocalDateTimeCellValue(), "shown in Tashkent time");
            assertEquals(7.0, s.getRow(1).getCell(2).getNumericCellValue());
            assertEquals(1, s.getPaneInformation().getHorizontalSplitPosition(), "the header row is frozen");
        }
    }

    @Test
    void aFullSheetGoesOnInAFurtherSheetWithTheSameHeader() throws IOException {
        Spreadsheet sheet = new Spreadsheet(ZoneId.of("Asia/Tashkent"), 3).sheet("Rows", List.of("N"), 8);
        for (int i = 1; i <= 5; i++) {
            sheet.line().number(i);
        }
        try (XSSFWorkbook book = reopened(sheet)) {
            assertEquals(3, book.getNumberOfSheets());
            assertEquals("Rows (2)", book.getSheetName(1));
            assertEquals("N", book.getSheetAt(1).getRow(0).getCell(0).getStringCellValue());
            assertEquals(3.0, book.getSheetAt(1).getRow(1).getCell(0).getNumericCellValue());
            assertEquals(5.0, book.getSheetAt(2).getRow(1).getCell(0).getNumericCellValue());
        }
    }
}
