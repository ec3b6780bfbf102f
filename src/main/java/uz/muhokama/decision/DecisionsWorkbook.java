package uz.muhokama.decision;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The decisions workbook as the agency sends it back, read row by row with POI's streaming (SAX)
 * reader, so that memory holds the rows' few cells and never the workbook's whole tree. Guards: the
 * file was size-checked before, the zip is refused when it inflates suspiciously (a zip bomb) or an
 * entry grows past {@link #MAX_ENTRY_BYTES}, and reading stops past {@code maxRows}.
 */
final class DecisionsWorkbook {

    /** The template's name and version in the very hidden marker sheet. */
    static final String MARKER_SHEET = "muhokama";

    static final String TEMPLATE = "muhokama-decisions";
    static final String VERSION = "1";
    /** Columns of the decisions sheet. */
    static final int ID = 0;

    static final int DECISION = 4;
    static final int REASON = 5;
    static final int COLUMNS = 6;
    /** No entry of a genuine decisions workbook comes near this when inflated. */
    static final long MAX_ENTRY_BYTES = 512L * 1024 * 1024;

    static {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    }

    private DecisionsWorkbook() {}

    /** One filled-in row, as typed (row numbers as Excel shows them, from 1). */
    record Line(int row, String id, String decision, String reason) {}

    /** What the file says it is: the template, its version and the draft it was made for. */
    record Marker(String template, String version, String draft) {}

    /** The file is not a workbook this portal can read (not an xlsx, damaged, or a zip bomb). */
    static final class Unreadable extends Exception {
        Unreadable(Throwable cause) {
            super(cause);
        }
    }

    private static final class ConsumerFailed extends RuntimeException {
        ConsumerFailed(RuntimeException cause) {
            super(cause);
        }
    }

    /** More rows than allowed. */
    static final class TooManyRows extends RuntimeException {
        TooManyRows() {
            super(null, null, false, false);
        }
    }

    /** What the file says it is (all nulls when it is no decisions workbook of this portal). */
    static Marker marker(Path file) throws Unreadable {
        List<String> values = new ArrayList<>();
        each(file, true, 1, 1, batch -> batch.forEach(line -> values.addAll(line)));
        return new Marker(cell(values, 0), cell(values, 1), cell(values, 2));
    }

    /** The filled-in rows of the decisions sheet (the first), in batches; at most {@code maxRows}. */
    static void lines(Path file, int maxRows, int batchSize, Consumer<List<Line>> batches) throws Unreadable {
        each(file, false, maxRows + 1, batchSize, batch -> {
            List<Line> lines = new ArrayList<>();
            for (List<String> row : batch) {
                int number = Integer.parseInt(row.get(COLUMNS));
                String id = cell(row, ID);
                String decision = cell(row, DECISION);
                String reason = cell(row, REASON);
                if (number == 1 || (blank(id) && blank(decision) && blank(reason))) {
                    continue; // the header, or an empty row
                }
                lines.add(new Line(number, trim(id), trim(decision), trim(reason)));
            }
            if (!lines.isEmpty()) {
                batches.accept(lines);
            }
        });
    }

    private static void each(
            Path file, boolean marker, int maxRows, int batchSize, Consumer<List<List<String>>> batches)
            throws Unreadable {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            boolean first = true;
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    boolean isMarker = MARKER_SHEET.equals(sheets.getSheetName());
                    if (marker ? isMarker : first && !isMarker) {
                        Rows rows = new Rows(maxRows, batchSize, batches);
                        XMLReader parser = SAXHelper.newXMLReader();
                        // Numbers are read as General shows them (an id as "104512", never "1.04512E5").
                        parser.setContentHandler(new XSSFSheetXMLHandler(
                                styles, null, strings, rows, new DataFormatter(Locale.ROOT), false));
                        parser.parse(new InputSource(sheet));
                        rows.flush();
                        return;
                    }
                    first = first && isMarker;
                }
            }
        } catch (TooManyRows e) {
            throw e;
        } catch (ConsumerFailed e) {
            // Not the file's fault: what the rows were handed to failed.
            throw (RuntimeException) e.getCause();
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            throw new Unreadable(e);
        }
    }

    private static String cell(List<String> values, int i) {
        return i < values.size() ? values.get(i) : null;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trim(String s) {
        return blank(s) ? null : s.strip();
    }

    /** Collects each row's first cells (and, last, its number as Excel shows it) and hands them on in batches. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final int maxRows;
        private final int batchSize;
        private final Consumer<List<List<String>>> batches;
        private List<List<String>> batch = new ArrayList<>();
        private Map<Integer, String> current;
        private int seen;

        Rows(int maxRows, int batchSize, Consumer<List<List<String>>> batches) {
            this.maxRows = maxRows;
            this.batchSize = batchSize;
            this.batches = batches;
        }

        @Override
        public void startRow(int rowNum) {
            if (++seen > maxRows) {
                throw new TooManyRows();
            }
            current = new HashMap<>();
        }

        @Override
        public void endRow(int rowNum) {
            List<String> values = new ArrayList<>();
            for (int i = 0; i < COLUMNS; i++) {
                values.add(current.get(i));
            }
            values.add(String.valueOf(rowNum + 1));
            batch.add(values);
            if (batch.size() >= batchSize) {
                flush();
            }
        }

        void flush() {
            if (!batch.isEmpty()) {
                try {
                    batches.accept(batch);
                } catch (RuntimeException e) {
                    throw new ConsumerFailed(e);
                }
                batch = new ArrayList<>();
            }
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = new CellReference(reference).getCol();
            if (column < COLUMNS) {
                current.put(column, formattedValue);
            }
        }
    }
}
