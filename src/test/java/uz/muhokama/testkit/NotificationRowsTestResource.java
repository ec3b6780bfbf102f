package uz.muhokama.testkit;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uz.muhokama.draft.DraftNumber;
import uz.muhokama.notification.EventType;

/**
 * Writes what the fan-out writes — an event, its notification rows (WAITING) and its INSTANT delivery
 * rows, one per shard that has rows — and people's e-mail choices, straight into the tables, so that the
 * delivery stories run without the fan-out and the settings pages; test WAR only. Also reads a person's
 * rows back, for the stories' checks.
 */
@ApplicationScoped
@Path("api/v1/test/notification-rows")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationRowsTestResource {

    @Resource(lookup = "jdbc/app")
    DataSource dataSource;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "muhokama.notifications.shards", defaultValue = "8")
    int shards;

    @Inject
    @ConfigProperty(name = "muhokama.time-zone", defaultValue = "Asia/Tashkent")
    String zone;

    /** The event made and each person's notification id. */
    public record Made(long event, Map<String, Long> notifications) {}

    /** One notification row as the checks read it. */
    public record Row(long id, long event, String topic, String mailState, String mailedIn) {}

    /** Records an event of {@code type} about {@code draft} for the comma-separated {@code accounts}. */
    @POST
    @Path("events")
    @Operation(hidden = true)
    public Made event(
            @QueryParam("type") String type, @QueryParam("draft") String draft, @QueryParam("accounts") String accounts)
            throws SQLException {
        EventType eventType = EventType.valueOf(type);
        Timestamp now = now();
        try (Connection c = dataSource.getConnection()) {
            long event;
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO notification_event (event_type, draft_id, occurred_at, state, attempts, next_attempt_at,"
                            + " done_at) VALUES (?, ?, ?, 'DONE', 1, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                s.setString(1, eventType.name());
                if (draft == null) {
                    s.setNull(2, Types.BIGINT);
                } else {
                    s.setLong(2, DraftNumber.idFrom(draft).orElseThrow());
                }
                s.setTimestamp(3, now);
                s.setTimestamp(4, now);
                s.setTimestamp(5, now);
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    event = keys.getLong(1);
                }
            }
            Map<String, Long> made = new LinkedHashMap<>();
            Set<Integer> usedShards = new TreeSet<>();
            for (String account : accounts.split(",")) {
                long id = Long.parseLong(account.trim());
                int shard = (int) (id % shards);
                usedShards.add(shard);
                try (PreparedStatement s = c.prepareStatement(
                        "INSERT INTO notification (account_id, event_id, topic, shard, created_at, mail_state)"
                                + " VALUES (?, ?, ?, ?, ?, 'WAITING')",
                        Statement.RETURN_GENERATED_KEYS)) {
                    s.setLong(1, id);
                    s.setLong(2, event);
                    s.setString(3, eventType.topic().name());
                    s.setInt(4, shard);
                    s.setTimestamp(5, now);
                    s.executeUpdate();
                    try (ResultSet keys = s.getGeneratedKeys()) {
                        keys.next();
                        made.put(String.valueOf(id), keys.getLong(1));
                    }
                }
            }
            for (int shard : usedShards) {
                try (PreparedStatement s = c.prepareStatement(
                        "INSERT INTO notification_delivery (kind, work_key, event_id, shard, sent, state, attempts,"
                                + " next_attempt_at, created_at) VALUES ('INSTANT', ?, ?, ?, 0, 'PENDING', 0, ?, ?)")) {
                    s.setString(1, "event-" + event);
                    s.setLong(2, event);
                    s.setInt(3, shard);
                    s.setTimestamp(4, now);
                    s.setTimestamp(5, now);
                    s.executeUpdate();
                }
            }
            return new Made(event, made);
        }
    }

    /** The event was hidden or withdrawn since. */
    @POST
    @Path("events/{id}/cancel")
    @Operation(hidden = true)
    public void cancel(@PathParam("id") long id) throws SQLException {
        update("UPDATE notification_event SET cancelled_at = ? WHERE id = ?", now(), id);
    }

    /** Sets a person's frequency of a topic, as the settings page would. */
    @PUT
    @Path("accounts/{account}/preferences")
    @Operation(hidden = true)
    public void prefer(
            @PathParam("account") long account,
            @QueryParam("topic") String topic,
            @QueryParam("frequency") String frequency)
            throws SQLException {
        update("DELETE FROM notification_preference WHERE account_id = ? AND topic = ?", account, topic);
        update(
                "INSERT INTO notification_preference (account_id, topic, frequency) VALUES (?, ?, ?)",
                account,
                topic,
                frequency);
    }

    /** Sets a person's digest hour to the server clock's current Tashkent hour (and day), so the next digest run is theirs. */
    @PUT
    @Path("accounts/{account}/schedule")
    @Operation(hidden = true)
    public void scheduleNow(@PathParam("account") long account) throws SQLException {
        LocalDateTime local = LocalDateTime.ofInstant(clock.instant(), ZoneId.of(zone));
        update("DELETE FROM notification_schedule WHERE account_id = ?", account);
        update(
                "INSERT INTO notification_schedule (account_id, digest_hour, digest_weekday) VALUES (?, ?, ?)",
                account,
                local.getHour(),
                local.getDayOfWeek().getValue());
    }

    /** A person's notification rows, oldest first. */
    @GET
    @Path("accounts/{account}/rows")
    @Operation(hidden = true)
    public List<Row> rows(@PathParam("account") long account) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT id, event_id, topic, mail_state, mailed_in"
                        + " FROM notification WHERE account_id = ? ORDER BY id")) {
            s.setLong(1, account);
            List<Row> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(new Row(r.getLong(1), r.getLong(2), r.getString(3), r.getString(4), r.getString(5)));
                }
            }
            return rows;
        }
    }

    private Timestamp now() {
        return Timestamp.valueOf(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
    }

    private void update(String sql, Object... args) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            s.executeUpdate();
        }
    }
}
