package uz.muhokama.stats;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import uz.muhokama.platform.error.FieldError;
import uz.muhokama.platform.error.InvalidInput;

/**
 * The days a table covers, both ends included, in Tashkent days. Without a start it begins with the
 * portal's first day; without an end it ends today.
 */
public record StatsPeriod(LocalDate from, LocalDate to) {

    /** Before any draft: a period with no start begins here. */
    static final LocalDate EARLIEST = LocalDate.of(2015, 1, 1);
    /** Far enough for any real period; later dates are refused rather than stored in a key. */
    static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    private static final DateTimeFormatter ISO =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    /** The period asked for by {@code ?from=&to=} (ISO dates, either may be missing); 400 on each bad value, naming its field. */
    static StatsPeriod parse(String from, String to, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate start = date("from", from, errors);
        LocalDate end = date("to", to, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        start = start == null ? EARLIEST : start;
        end = end == null ? (today.isBefore(start) ? start : today) : end;
        if (end.isBefore(start)) {
            throw new InvalidInput("to", "stats.period.to-before-from");
        }
        return new StatsPeriod(start, end);
    }

    private static LocalDate date(String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.strip(), ISO);
            if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
                errors.add(new FieldError(field, "stats.period.out-of-range", EARLIEST.toString(), LATEST.toString()));
                return null;
            }
            return date;
        } catch (DateTimeException e) {
            errors.add(new FieldError(field, "stats.period.bad-date"));
            return null;
        }
    }

    /** The first instant of the period in the zone. */
    public Instant start(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the period in the zone. */
    public Instant end(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    public boolean includes(Instant at, ZoneId zone) {
        return at != null && !at.isBefore(start(zone)) && at.isBefore(end(zone));
    }

    /** How the period is written in query strings and file names: {@code from=2026-01-01&to=2026-03-31}. */
    String query() {
        return "from=" + from + "&to=" + to;
    }
}
