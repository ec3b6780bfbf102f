package uz.muhokama.platform.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import uz.muhokama.platform.error.InvalidInput;

/**
 * A position in one list: which list and filters it was made for, how many rows came before it, and the
 * sort keys of the last row given (the row's id last). The next page continues after those keys with a
 * condition on an index, never an offset, so a page a million rows deep costs what the first one does.
 *
 * @param list    the list's name and sort ({@code comments}, {@code drafts})
 * @param filters a short hash of everything that narrows or orders the list ({@link Cursors#filters})
 * @param seen    rows before the next page, for page numbers and "at least" totals
 * @param keys    the last row's sort keys: whole numbers, or instants written {@code seconds.nanos}
 */
public record Cursor(String list, String filters, long seen, List<String> keys) {

    public Cursor {
        keys = List.copyOf(keys);
    }

    /** The position after a row whose sort keys are {@code keys} (whole numbers and instants). */
    public static Cursor after(String list, String filters, long seen, Object... keys) {
        List<String> written = new ArrayList<>(keys.length);
        for (Object key : keys) {
            if (key instanceof Instant instant) {
                written.add(instant.getEpochSecond() + "." + instant.getNano());
            } else if (key instanceof Number number && !(key instanceof Double) && !(key instanceof Float)) {
                written.add(Long.toString(number.longValue()));
            } else {
                throw new IllegalArgumentException("A cursor key is a whole number or an instant, not " + key);
            }
        }
        return new Cursor(list, filters, seen, written);
    }

    public long number(int index) {
        String key = key(index);
        if (key.contains(".")) {
            throw invalid();
        }
        return Long.parseLong(key); // the codec admits at most 18 digits
    }

    public Instant instant(int index) {
        String key = key(index);
        int dot = key.indexOf('.');
        try {
            long seconds = Long.parseLong(dot < 0 ? key : key.substring(0, dot));
            long nanos = dot < 0 ? 0 : Long.parseLong(key.substring(dot + 1));
            return Instant.ofEpochSecond(seconds, nanos);
        } catch (DateTimeException | NumberFormatException e) {
            throw invalid(); // out of the range an instant can hold
        }
    }

    private String key(int index) {
        if (index >= keys.size()) {
            throw invalid(); // signed, but made by another shape of the list
        }
        return keys.get(index);
    }

    static InvalidInput invalid() {
        return new InvalidInput("cursor", "cursor.invalid");
    }
}
