package uz.muhokama.opendata;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The two forms a resource is written in. CSV: UTF-8 without a byte-order mark, RFC 4180, a header row
 * of the fields' names, values as their Table Schema types read them (date-times in UTC ISO 8601, an
 * empty cell for none). JSON Lines: one object per row, a field per column, nulls written. Both are
 * written as rows arrive, so nothing is held but the row at hand.
 */
final class TableWriters {

    private static final JsonGeneratorFactory JSON = Json.createGeneratorFactory(Map.of());

    private TableWriters() {}

    /** Receives rows; {@link #finish} flushes what is buffered without closing the stream. */
    interface RowWriter {
        void row(List<Object> values);

        void finish();
    }

    static RowWriter csv(OutputStream out, List<Field> fields) {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try {
            CSVPrinter csv = new CSVPrinter(
                    writer,
                    CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").build());
            csv.printRecord(fields.stream().map(Field::name).toList());
            return new RowWriter() {
                @Override
                public void row(List<Object> values) {
                    try {
                        csv.printRecord(values.stream().map(TableWriters::cell).toList());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }

                @Override
                public void finish() {
                    try {
                        csv.flush();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RowWriter jsonLines(OutputStream out, List<Field> fields) {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        return new RowWriter() {
            @Override
            public void row(List<Object> values) {
                JsonGenerator json = JSON.createGenerator(new NonClosing(writer));
                json.writeStartObject();
                for (int i = 0; i < fields.size(); i++) {
                    write(json, fields.get(i).name(), values.get(i));
                }
                json.writeEnd();
                json.close();
                try {
                    writer.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public void finish() {
                try {
                    writer.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    private static void write(JsonGenerator json, String name, Object value) {
        if (value == null) {
            json.writeNull(name);
        } else if (value instanceof Long || value instanceof Integer) {
            json.write(name, ((Number) value).longValue());
        } else if (value instanceof Double d) {
            json.write(name, BigDecimal.valueOf(d));
        } else if (value instanceof Boolean b) {
            json.write(name, b);
        } else {
            json.write(name, cell(value));
        }
    }

    /** A value as a CSV cell and a JSON string: ISO dates and date-times, numbers as Java writes them. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Instant at) {
            return at.toString();
        }
        if (value instanceof LocalDate day) {
            return day.toString();
        }
        return value.toString();
    }

    /** Lets a generator per row be closed without closing the stream under it. */
    private static final class NonClosing extends FilterWriter {
        NonClosing(Writer out) {
            super(out);
        }

        @Override
        public void close() {
            // the generator has handed over what it buffered; the stream stays open for the next row
        }
    }
}
