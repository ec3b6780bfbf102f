package uz.muhokama.draft;

import java.time.Instant;
import java.util.Map;
import uz.muhokama.platform.web.Cursor;

/**
 * The orders of the draft search, and for each the keyset a cursor continues after: the sort key(s) of
 * the page's last row and its id. The condition bounds the leading key with {@code <=} or {@code >=} (a
 * range both optimizers can walk the order's index with) and breaks ties on the following keys, so a
 * page deep in the results costs what the first one does.
 */
enum SearchOrder {
    NEWEST("d.publishedAt", " ORDER BY d.publishedAt DESC, d.id DESC"),
    OLDEST("d.publishedAt", " ORDER BY d.publishedAt ASC, d.id ASC"),
    CLOSING("d.discussion.closesAt", " ORDER BY d.discussion.closesAt ASC, d.id DESC"),
    DISCUSSED("d.commentCount, d.publishedAt", " ORDER BY d.commentCount DESC, d.publishedAt DESC, d.id DESC");

    /** The sort keys selected beside the id, and the ORDER BY that pages by them. */
    final String keys;

    final String orderBy;

    SearchOrder(String keys, String orderBy) {
        this.keys = keys;
        this.orderBy = orderBy;
    }

    static SearchOrder of(String sort) {
        return switch (sort) {
            case "closing" -> CLOSING;
            case "oldest" -> OLDEST;
            case "discussed" -> DISCUSSED;
            default -> NEWEST;
        };
    }

    /** The condition for the rows after the cursor's, its values put into {@code params}. */
    String after(Cursor cursor, Map<String, Object> params) {
        return switch (this) {
            case NEWEST -> timeThenId(cursor, params, "d.publishedAt", "<", "<");
            case OLDEST -> timeThenId(cursor, params, "d.publishedAt", ">", ">");
            case CLOSING -> timeThenId(cursor, params, "d.discussion.closesAt", ">", "<");
            case DISCUSSED -> {
                params.put(
                        "afterCount", (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, cursor.number(0))));
                params.put("afterTime", cursor.instant(1));
                params.put("afterId", cursor.number(2));
                yield " AND d.commentCount <= :afterCount AND (d.commentCount < :afterCount OR d.publishedAt < :afterTime"
                        + " OR (d.publishedAt = :afterTime AND d.id < :afterId))";
            }
        };
    }

    /** The keys a cursor after this row keeps, from the row the search selected ({@code id, keys…}). */
    Object[] keysOf(Object[] row) {
        if (this == DISCUSSED) {
            return new Object[] {((Number) row[1]).longValue(), (Instant) row[2], row[0]};
        }
        return new Object[] {(Instant) row[1], row[0]};
    }

    private static String timeThenId(
            Cursor cursor, Map<String, Object> params, String column, String beyond, String idBeyond) {
        params.put("afterTime", cursor.instant(0));
        params.put("afterId", cursor.number(1));
        return " AND " + column + " " + beyond + "= :afterTime AND (" + column + " " + beyond + " :afterTime OR d.id "
                + idBeyond + " :afterId)";
    }
}
