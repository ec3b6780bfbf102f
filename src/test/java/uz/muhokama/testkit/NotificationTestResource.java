package uz.muhokama.testkit;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uz.muhokama.draft.DraftNumber;
import uz.muhokama.platform.persistence.InstantConverter;

/**
 * Lets integration tests read and write the notification tables directly with JDBC: follows inserted
 * as rows (before the follow API exists to make them), and the notification rows and events read back
 * as JSON. Test WAR only.
 */
@ApplicationScoped
@Path("api/v1/test/notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationTestResource {

    @Resource(lookup = "jdbc/app")
    DataSource db;

    @Inject
    Clock clock;

    /** A follow as a row: {@code draft} is a number (ID-…); filters left null match any; words of a saved search. */
    public record Follow(
            long account,
            String target,
            String sector,
            String agency,
            String region,
            String actType,
            String draft,
            LocalDate opensFrom,
            LocalDate opensTo,
            List<String> words) {}

    /** Inserts a follow; answers its id. */
    @POST
    @Path("subscriptions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Map<String, Object> follow(Follow f) throws SQLException {
        Long draftId = f.draft() == null ? null : DraftNumber.idFrom(f.draft()).orElseThrow();
        String key = f.target() + ":" + f.sector() + ":" + f.agency() + ":" + f.region() + ":" + f.actType() + ":"
                + draftId + ":" + f.opensFrom() + ":" + f.opensTo() + ":" + f.words();
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "INSERT INTO subscription (account_id, target, target_key, sector_code, agency_code, "
                                + "region_code, act_type, draft_id, opens_from, opens_to, words, created_at) "
                                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        Statement.RETURN_GENERATED_KEYS)) {
            s.setLong(1, f.account());
            s.setString(2, f.target());
            s.setString(3, key.length() > 400 ? key.substring(0, 400) : key);
            s.setString(4, f.sector());
            s.setString(5, f.agency());
            s.setString(6, f.region());
            s.setString(7, f.actType());
            s.setObject(8, draftId, java.sql.Types.BIGINT);
            s.setObject(9, f.opensFrom() == null ? null : Date.valueOf(f.opensFrom()), java.sql.Types.DATE);
            s.setObject(10, f.opensTo() == null ? null : Date.valueOf(f.opensTo()), java.sql.Types.DATE);
            s.setString(11, f.words() == null ? null : String.join(" ", f.words()));
            s.setTimestamp(12, InstantConverter.timestamp(clock.instant()));
            s.executeUpdate();
            long id;
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
            if (f.words() != null) {
                for (String word : f.words()) {
                    try (PreparedStatement w =
                            c.prepareStatement("INSERT INTO subscription_word (subscription_id, word) VALUES (?, ?)")) {
                        w.setLong(1, id);
                        w.setString(2, word);
                        w.executeUpdate();
                    }
                }
            }
            return Map.of("id", id);
        }
    }

    /** One person's notification rows with their events, oldest first. */
    @GET
    @Operation(hidden = true)
    public JsonArray rows(@QueryParam("account") long account) throws SQLException {
        return query(
                "SELECT n.id, n.event_id, e.event_type, n.topic, n.shard, n.mail_state, e.draft_id, e.comment_id, "
                        + "e.dedup_key, e.detail, e.cancelled_at FROM notification n JOIN notification_event e ON e.id = n.event_id "
                        + "WHERE n.account_id = ? ORDER BY n.id",
                account);
    }

    /** A draft's events, oldest first. */
    @GET
    @Path("events")
    @Operation(hidden = true)
    public JsonArray events(@QueryParam("draft") String draft) throws SQLException {
        return query(
                "SELECT e.id, e.event_type, e.comment_id, e.account_id, e.dedup_key, e.detail, e.state, "
                        + "e.cancelled_at, (SELECT COUNT(*) FROM notification n WHERE n.event_id = e.id) AS told, "
                        + "(SELECT COUNT(*) FROM notification_delivery d WHERE d.event_id = e.id) AS deliveries "
                        + "FROM notification_event e WHERE e.draft_id = ? ORDER BY e.id",
                DraftNumber.idFrom(draft).orElseThrow());
    }

    /** The rows as JSON objects keyed by lower-case column names; NULL columns written as null. */
    private JsonArray query(String sql, long parameter) throws SQLException {
        JsonArrayBuilder rows = Json.createArrayBuilder();
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, parameter);
            try (ResultSet r = s.executeQuery()) {
                int columns = r.getMetaData().getColumnCount();
                while (r.next()) {
                    JsonObjectBuilder row = Json.createObjectBuilder();
                    for (int i = 1; i <= columns; i++) {
                        String name = r.getMetaData().getColumnLabel(i).toLowerCase(Locale.ROOT);
                        Object value = r.getObject(i);
                        if (value == null) {
                            row.addNull(name);
                        } else if (value instanceof Number n) {
                            row.add(name, n.longValue());
                        } else {
                            row.add(name, value.toString());
                        }
                    }
                    rows.add(row);
                }
            }
        }
        return rows.build();
    }
}
