package uz.muhokama.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Fixtures for reports: closing a discussion, running the report job, reading workbooks back with POI. */
final class Reports {

    static final ZoneId TASHKENT = ZoneId.of("Asia/Tashkent");

    private Reports() {}

    /** Moves the clock past the draft's closing and runs the closing job. */
    static void close(Http http, Instant closesAt) {
        long offset = Duration.between(Instant.now(), closesAt).toSeconds() + 60;
        long current = http.get("/api/v1/test/clock")
                .json()
                .getJsonNumber("offsetSeconds")
                .longValue();
        Drafts.moveClock(http, Duration.ofSeconds(Math.max(offset, current)));
        assertEquals(200, http.postJson("/api/v1/test/jobs/discussions", "{}").status());
    }

    /** Runs the report job once for one draft. */
    static JsonObject runJob(Http http, String number) {
        Http.Reply run = http.postJson("/api/v1/test/jobs/reports?draft=" + number, "{}");
        assertEquals(200, run.status(), run::toString);
        return run.json();
    }

    /** Where the test server delivers reports (failsafe's it.reports.folder). */
    static Path folder() {
        return Path.of(System.getProperty("it.reports.folder", "target/it-reports"));
    }

    static Path deliveredFile(String agency, String number, Instant closesAt) {
        return folder().resolve(agency).resolve(number + "-" + LocalDate.ofInstant(closesAt, TASHKENT) + ".xlsx");
    }

    static XSSFWorkbook open(byte[] bytes) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first row of a sheet whose first cell reads {@code value}. */
    static Row rowStartingWith(Sheet sheet, String value) {
        DataFormatter formatter = new DataFormatter();
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && value.equals(formatter.formatCellValue(first))) {
                return row;
            }
        }
        throw new AssertionError("No row starting with " + value + " in " + sheet.getSheetName());
    }

    /** The first row of a sheet with a cell that reads {@code value} in the given column. */
    static Row rowWith(Sheet sheet, int column, String value) {
        DataFormatter formatter = new DataFormatter();
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            if (cell != null && value.equals(formatter.formatCellValue(cell))) {
                return row;
            }
        }
        throw new AssertionError("No row with " + value + " in column " + column + " of " + sheet.getSheetName());
    }
}
