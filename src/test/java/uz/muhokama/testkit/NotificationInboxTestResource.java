package uz.muhokama.testkit;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
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
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uz.muhokama.draft.DraftNumber;
import uz.muhokama.notification.EventType;

/**
 * Puts one notification in a person's inbox, as the fan-out would (an event and its row for the person),
 * so that the inbox's pages and API are tested apart from the fan-out; test WAR only. The event is
 * recorded as fanned out already and the row as not to be mailed, so no job of the portal takes them up.
 */
@ApplicationScoped
@Path("api/v1/test/notifications/inbox")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationInboxTestResource {

    /** Whom, of what (an event type's name; DRAFT_PUBLISHED when absent), about which draft, and its state. */
    public record Delivered(long accountId, String type, String draft, boolean cancelled, boolean read) {}

    public record Inserted(long eventId, long notificationId) {}

    @Resource(lookup = "jdbc/app")
    DataSource dataSource;

    @Inject
    Clock clock;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Inserted deliver(Delivered delivered) throws SQLException {
        EventType type = delivered.type() == null ? EventType.DRAFT_PUBLISHED : EventType.valueOf(delivered.type());
        Timestamp now = Timestamp.valueOf(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        try (Connection connection = dataSource.getConnection()) {
            long eventId;
            try (PreparedStatement event = connection.prepareStatement(
                    "INSERT INTO notification_event (event_type, draft_id, occurred_at, cancelled_at, state, "
                            + "attempts, next_attempt_at, done_at) VALUES (?, ?, ?, ?, 'DONE', 1, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                event.setString(1, type.name());
                Long draftId = delivered.draft() == null
                        ? null
                        : DraftNumber.idFrom(delivered.draft()).orElseThrow();
                if (draftId == null) {
                    event.setNull(2, Types.BIGINT);
                } else {
                    event.setLong(2, draftId);
                }
                event.setTimestamp(3, now);
                event.setTimestamp(4, delivered.cancelled() ? now : null);
                event.setTimestamp(5, now);
                event.setTimestamp(6, now);
                event.executeUpdate();
                eventId = key(event);
            }
            try (PreparedStatement row = connection.prepareStatement(
                    "INSERT INTO notification (account_id, event_id, topic, shard, created_at, read_at, mail_state) "
                            + "VALUES (?, ?, ?, ?, ?, ?, 'SKIPPED')",
                    Statement.RETURN_GENERATED_KEYS)) {
                row.setLong(1, delivered.accountId());
                row.setLong(2, eventId);
                row.setString(3, type.topic().name());
                row.setInt(4, (int) (delivered.accountId() % 8));
                row.setTimestamp(5, now);
                row.setTimestamp(6, delivered.read() ? now : null);
                row.executeUpdate();
                return new Inserted(eventId, key(row));
            }
        }
    }

    private static long key(PreparedStatement statement) throws SQLException {
        try (ResultSet keys = statement.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }
}
