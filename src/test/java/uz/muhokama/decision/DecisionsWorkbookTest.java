package uz.muhokama.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The decisions workbook read back row by row: what it says it is, its filled-in rows, and the guards. */
class DecisionsWorkbookTest {

    @TempDir
    Path folder;

    @Test
    void readsTheMarkerAndTheFilledInRowsSkippingTheHeaderAndEmptyRows() throws Exception {
        Path file = workbook(5, true);
        DecisionsWorkbook.Marker marker = DecisionsWorkbook.marker(file);
        assertEquals(new DecisionsWorkbook.Marker("muhokama-decisions", "1", "ID-100001"), marker);
        List<DecisionsWorkbook.Line> lines = new ArrayList<>();
        DecisionsWorkbook.lines(file, 100, 2, lines::addAll);
        assertEquals(5, lines.size());
        assertEquals(new DecisionsWorkbook.Line(2, "1000", "Qabul qilindi", null), lines.get(0));
        assertEquals(new DecisionsWorkbook.Line(3, "1001", "Rad etildi", "Sabab 1"), lines.get(1));
    }

    @Test
    void aWorkbookWithoutTheMarkerSaysNothing() throws Exception {
        DecisionsWorkbook.Marker marker = DecisionsWorkbook.marker(workbook(1, false));
        assertNull(marker.template());
    }

    @Test
    void moreRowsThanAllowedStopTheReading() throws Exception {
        Path file = workbook(20, true);
        assertThrows(DecisionsWorkbook.TooManyRows.class, () -> DecisionsWorkbook.lines(file, 10, 5, batch -> {}));
    }

    @Test
    void aFileThatIsNoWorkbookIsUnreadable() throws Exception {
        Path text = Files.writeString(folder.resolve("not.xlsx"), "not a workbook");
        assertThrows(DecisionsWorkbook.Unreadable.class, () -> DecisionsWorkbook.marker(text));
        Path empty = Files.write(folder.resolve("empty.xlsx"), new byte[0]);
        assertThrows(DecisionsWorkbook.Unreadable.class, () -> DecisionsWorkbook.lines(empty, 10, 5, batch -> {}));
    }

    private Path workbook(int rows, boolean marker) throws Exception {
        Path file = Files.createTempFile(folder, "decisions-", ".xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = book.createSheet("Qarorlar");
            sheet.createRow(0).createCell(0).setCellValue("Taklif raqami");
            for (int i = 0; i < rows; i++) {
                Row row = sheet.createRow(i + 1);
                row.createCell(0).setCellValue(1000 + i);
                row.createCell(4).setCellValue(i % 2 == 0 ? "Qabul qilindi" : "Rad etildi");
                if (i % 2 == 1) {
                    row.createCell(5).setCellValue("Sabab " + i);
                }
            }
            sheet.createRow(rows + 3); // an empty row at the end
            if (marker) {
                Row values = book.createSheet("muhokama").createRow(0);
                values.createCell(0).setCellValue("muhokama-decisions");
                values.createCell(1).setCellValue("1");
                values.createCell(2).setCellValue("ID-100001");
                book.setSheetVisibility(1, SheetVisibility.VERY_HIDDEN);
            }
            book.write(out);
        }
        return file;
    }
}
