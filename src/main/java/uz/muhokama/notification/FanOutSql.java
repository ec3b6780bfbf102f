package uz.muhokama.notification;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import uz.muhokama.platform.persistence.InstantConverter;

/**
 * The fan-out's statements, as text and bound parameters (plain {@code ?}, in order), the same on Derby
 * and PostgreSQL. One event becomes one {@code INSERT … SELECT} over the union of everyone it is for,
 * so a person who follows it two ways is one row; the {@code NOT EXISTS} on the unique key makes a
 * retried fan-out add nothing. Each branch of the union reads one index (sector, agency, region, draft,
 * target), which is why they are separate selects rather than one with {@code OR}s. Kept apart from
 * JPA so that a unit test runs the very statements on an embedded Derby.
 */
final class FanOutSql {

    /** A statement and its parameters in order. */
    record Statement(String sql, List<Object> parameters) {}

    private FanOutSql() {}

    /**
     * The notification rows of one event: its followers (by the event's type), its audience rows and its
     * own person, one row each, {@code mail_state} WAITING, {@code shard} = account mod {@code shards}.
     */
    static Statement notifications(NotificationEvent event, int shards, java.time.Instant now) {
        List<Object> p = new ArrayList<>();
        String targets = targets(event, p);
        List<Object> all = new ArrayList<>();
        all.add(event.id());
        all.add(event.type().topic().name());
        all.add(shards);
        all.add(InstantConverter.timestamp(now));
        all.addAll(p);
        all.add(event.id());
        return new Statement(
                "INSERT INTO notification (account_id, event_id, topic, shard, created_at, mail_state) "
                        + "SELECT t.account_id, CAST(? AS BIGINT), CAST(? AS VARCHAR(32)), "
                        + "MOD(t.account_id, CAST(? AS INT)), CAST(? AS TIMESTAMP), 'WAITING' FROM ("
                        + targets + ") t "
                        + "WHERE NOT EXISTS (SELECT 1 FROM notification n "
                        + "WHERE n.account_id = t.account_id AND n.event_id = ?)",
                all);
    }

    /**
     * The event's instant deliveries: one per shard that has rows of it, each claimable at once; the
     * unique (kind, work_key, shard) and the {@code NOT EXISTS} keep a retry from adding any.
     */
    static Statement deliveries(long eventId, java.time.Instant now) {
        Timestamp at = InstantConverter.timestamp(now);
        String workKey = "event-" + eventId;
        return new Statement(
                "INSERT INTO notification_delivery (kind, work_key, event_id, shard, sent, state, attempts, "
                        + "next_attempt_at, created_at) "
                        + "SELECT DISTINCT 'INSTANT', CAST(? AS VARCHAR(120)), n.event_id, n.shard, 0, 'PENDING', 0, "
                        + "CAST(? AS TIMESTAMP), CAST(? AS TIMESTAMP) FROM notification n WHERE n.event_id = ? "
                        + "AND NOT EXISTS (SELECT 1 FROM notification_delivery d WHERE d.kind = 'INSTANT' "
                        + "AND d.work_key = ? AND d.shard = n.shard)",
                List.of(workKey, at, at, eventId, workKey));
    }

    /** Everyone the event is for, as a union of {@code SELECT account_id …} (duplicates removed by UNION). */
    private static String targets(NotificationEvent event, List<Object> p) {
        List<String> branches = new ArrayList<>();
        switch (event.type()) {
            case DRAFT_PUBLISHED -> {
                follows("SECTOR", "sector_code", event.sectorCode(), branches, p);
                follows("AGENCY", "agency_code", event.agencyCode(), branches, p);
                follows("REGION", "region_code", event.regionCode(), branches, p);
                branches.add(savedSearches(event, p));
            }
            case DRAFT_CLOSING_SOON, DRAFT_EXTENDED, DRAFT_WITHDRAWN, DRAFT_CLOSED, SUMMARY_PUBLISHED -> {
                follows("DRAFT", "draft_id", event.draftId().orElse(null), branches, p);
            }
            default -> {
                // Told only to its audience and its own person.
            }
        }
        branches.add("SELECT a.account_id FROM notification_audience a WHERE a.event_id = ?");
        p.add(event.id());
        branches.add("SELECT e.account_id FROM notification_event e WHERE e.id = ? AND e.account_id IS NOT NULL");
        p.add(event.id());
        return String.join(" UNION ", branches);
    }

    /** Follows of {@code target} whose {@code column} is the event's value; none when the event has no value. */
    private static void follows(String target, String column, Object value, List<String> branches, List<Object> p) {
        if (value != null) {
            branches.add("SELECT s.account_id FROM subscription s WHERE s.target = ? AND s." + column + " = ?");
            p.add(target);
            p.add(value);
        }
    }

    /**
     * A saved search's filter on {@code column}: none (NULL) or the draft's value. Written without a
     * parameter when the draft has no value, as a NULL parameter has no type for Derby.
     */
    private static String filter(String column, Object value, List<Object> p) {
        if (value == null) {
            return " AND s." + column + " IS NULL";
        }
        p.add(value);
        return " AND (s." + column + " IS NULL OR s." + column + " = ?)";
    }

    /**
     * Saved searches that find the new draft: each filter they name equals the draft's (NULL = any), the
     * day it opens is within their range, and every word of theirs begins one of the draft's words — a
     * word with no letters (a number) must equal one, as the search matches numbers whole
     * ({@code UPPER(w) <> w} holds exactly when the lower-cased word has a letter).
     */
    private static String savedSearches(NotificationEvent event, List<Object> p) {
        StringBuilder sql = new StringBuilder("SELECT s.account_id FROM subscription s WHERE s.target = 'SEARCH'");
        sql.append(filter("sector_code", event.sectorCode(), p));
        sql.append(filter("agency_code", event.agencyCode(), p));
        sql.append(filter("region_code", event.regionCode(), p));
        sql.append(filter("act_type", event.actType(), p));
        if (event.opensOn() == null) {
            sql.append(" AND s.opens_from IS NULL AND s.opens_to IS NULL");
        } else {
            java.sql.Date opensOn = java.sql.Date.valueOf(event.opensOn());
            sql.append(" AND (s.opens_from IS NULL OR s.opens_from <= ?) AND (s.opens_to IS NULL OR s.opens_to >= ?)");
            p.add(opensOn);
            p.add(opensOn);
        }
        sql.append(" AND NOT EXISTS (SELECT 1 FROM subscription_word sw WHERE sw.subscription_id = s.id "
                + "AND NOT EXISTS (SELECT 1 FROM notification_event_word ew WHERE ew.event_id = ? "
                + "AND (ew.word = sw.word OR (UPPER(sw.word) <> sw.word AND ew.word LIKE sw.word || '%'))))");
        p.add(event.id());
        return sql.toString();
    }
}
