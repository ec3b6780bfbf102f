package uz.muhokama.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The fan-out's statements run on an in-memory Derby with the notification tables of V28: who gets a
 * row for which event, once each however many ways they follow it, and a second run adds nothing.
 * (The IT runs the same on PostgreSQL through the server.)
 */
class FanOutSqlTest {

    private static final Instant NOW = Instant.parse("2026-03-02T06:00:00Z");

    private Connection db;
    private long nextSubscription = 1;

    @BeforeAll
    static void derbyLogInTarget() {
        // Embedded Derby writes derby.log into the working directory unless told otherwise.
        System.setProperty("derby.stream.error.file", "target/derby-fanout-test.log");
    }

    @BeforeEach
    void createTables() throws SQLException, IOException {
        // -Dfanout.jdbc=jdbc:postgresql://… runs the same on an empty PostgreSQL database, one test at a time.
        db = DriverManager.getConnection(
                System.getProperty("fanout.jdbc", "jdbc:derby:memory:fanout-" + UUID.randomUUID() + ";create=true"));
        String script;
        try (InputStream in = getClass().getResourceAsStream("/db/migration/V28__notifications.sql")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Statement s = db.createStatement()) {
            for (String statement : script.replaceAll("(?m)^--.*$", "").split(";")) {
                String sql = statement.strip();
                // The agency and draft tables of earlier migrations are not here.
                if (!sql.isEmpty() && !sql.startsWith("ALTER") && !sql.startsWith("UPDATE")) {
                    s.execute(sql);
                }
            }
        }
    }

    @AfterEach
    void close() throws SQLException {
        db.close();
    }

    @Test
    void aNewDraftReachesEachFollowerOnceHoweverManyWaysTheyFollowIt() throws Exception {
        follow(1, "SECTOR", "education", null, null);
        follow(1, "AGENCY", null, "minedu", null);
        search(1, "education", null, List.of());
        follow(2, "REGION", null, null, "UZ-TK");
        follow(3, "SECTOR", "health", null, null);
        NotificationEvent event = published(10, List.of("maktab", "ta'lim"));

        assertEquals(2, run(event));
        assertEquals(List.of(1L, 2L), accounts(event));
        assertEquals(0, run(event), "a retried fan-out adds nothing");
        assertEquals(2, count("SELECT COUNT(*) FROM notification_delivery"), "one delivery per shard with rows");
        assertEquals(0, deliveries(event), "a retry adds no delivery");
    }

    @Test
    void aSavedSearchMatchesWhenEveryWordBeginsOneOfTheDraftsWordsAndANumberOnlyWhole() throws Exception {
        search(1, null, null, List.of("makt"));
        search(2, null, null, List.of("makt", "oliy"));
        search(3, null, null, List.of("12"));
        search(4, null, null, List.of("123"));
        search(5, "health", null, List.of());
        search(6, null, LocalDate.parse("2026-03-05"), List.of());
        search(7, null, LocalDate.parse("2026-03-01"), List.of("ta'l"));
        NotificationEvent event = published(11, List.of("maktab", "ta'lim", "123"));

        run(event);

        assertEquals(List.of(1L, 4L, 7L), accounts(event));
    }

    @Test
    void aDraftsLifeReachesItsFollowersItsAudienceAndItsOwnPerson() throws Exception {
        follow(1, "DRAFT", null, null, null, 10L);
        follow(2, "DRAFT", null, null, null, 99L);
        NotificationEvent withdrawn = event(20, EventType.DRAFT_WITHDRAWN).draft(10);
        insert(withdrawn);
        NotificationEvent summary = event(21, EventType.SUMMARY_PUBLISHED).draft(10);
        insert(summary);
        exec("INSERT INTO notification_audience VALUES (21, 1), (21, 5)");
        NotificationEvent reply =
                event(22, EventType.COMMENT_REPLY).draft(10).comment(7).forAccount(8);
        insert(reply);

        run(withdrawn);
        run(summary);
        run(reply);

        assertEquals(List.of(1L), accounts(withdrawn));
        assertEquals(List.of(1L, 5L), accounts(summary), "a follower who is also an author: one row");
        assertEquals(List.of(8L), accounts(reply));
    }

    // --- helpers

    private NotificationEvent published(long id, List<String> words) throws Exception {
        NotificationEvent event = event(id, EventType.DRAFT_PUBLISHED)
                .about(10, "education", "minedu", "UZ-TK", "law", LocalDate.parse("2026-03-02"));
        insert(event);
        for (String word : words) {
            exec("INSERT INTO notification_event_word VALUES (" + id + ", '" + word.replace("'", "''") + "')");
        }
        return event;
    }

    private static NotificationEvent event(long id, EventType type) throws Exception {
        NotificationEvent event = new NotificationEvent(type, NOW);
        Field field = NotificationEvent.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(event, id);
        return event;
    }

    private void insert(NotificationEvent e) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(
                "INSERT INTO notification_event (id, event_type, draft_id, "
                        + "comment_id, account_id, occurred_at, state, next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, 'PENDING', ?)")) {
            s.setLong(1, e.id());
            s.setString(2, e.type().name());
            s.setObject(3, e.draftId().orElse(null), java.sql.Types.BIGINT);
            s.setObject(4, e.commentId().orElse(null), java.sql.Types.BIGINT);
            s.setObject(5, e.accountId().orElse(null), java.sql.Types.BIGINT);
            s.setTimestamp(6, java.sql.Timestamp.from(NOW));
            s.setTimestamp(7, java.sql.Timestamp.from(NOW));
            s.executeUpdate();
        }
    }

    private void follow(long account, String target, String sector, String agency, String region) throws SQLException {
        follow(account, target, sector, agency, region, null);
    }

    private void follow(long account, String target, String sector, String agency, String region, Long draft)
            throws SQLException {
        try (PreparedStatement s = db.prepareStatement("INSERT INTO subscription (id, account_id, target, target_key, "
                + "sector_code, agency_code, region_code, draft_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            long id = nextSubscription++;
            s.setLong(1, id);
            s.setLong(2, account);
            s.setString(3, target);
            s.setString(4, "k" + id);
            s.setString(5, sector);
            s.setString(6, agency);
            s.setString(7, region);
            s.setObject(8, draft, java.sql.Types.BIGINT);
            s.setTimestamp(9, java.sql.Timestamp.from(NOW));
            s.executeUpdate();
        }
    }

    private void search(long account, String sector, LocalDate opensFrom, List<String> words) throws SQLException {
        long id = nextSubscription++;
        try (PreparedStatement s = db.prepareStatement("INSERT INTO subscription (id, account_id, target, target_key, "
                + "sector_code, opens_from, created_at) VALUES (?, ?, 'SEARCH', ?, ?, ?, ?)")) {
            s.setLong(1, id);
            s.setLong(2, account);
            s.setString(3, "q" + id);
            s.setString(4, sector);
            s.setObject(5, opensFrom == null ? null : java.sql.Date.valueOf(opensFrom), java.sql.Types.DATE);
            s.setTimestamp(6, java.sql.Timestamp.from(NOW));
            s.executeUpdate();
        }
        for (String word : words) {
            exec("INSERT INTO subscription_word VALUES (" + id + ", '" + word.replace("'", "''") + "')");
        }
    }

    private int run(NotificationEvent event) throws SQLException {
        int rows = execute(FanOutSql.notifications(event, 8, NOW));
        execute(FanOutSql.deliveries(event.id(), NOW));
        return rows;
    }

    private int execute(FanOutSql.Statement statement) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(statement.sql())) {
            for (int i = 0; i < statement.parameters().size(); i++) {
                s.setObject(i + 1, statement.parameters().get(i));
            }
            return s.executeUpdate();
        }
    }

    private int deliveries(NotificationEvent event) throws SQLException {
        return execute(FanOutSql.deliveries(event.id(), NOW));
    }

    private List<Long> accounts(NotificationEvent event) throws SQLException {
        List<Long> found = new ArrayList<>();
        try (ResultSet r = db.createStatement()
                .executeQuery("SELECT account_id FROM notification WHERE event_id = " + event.id()
                        + " ORDER BY account_id")) {
            while (r.next()) {
                found.add(r.getLong(1));
            }
        }
        return found;
    }

    private long count(String sql) throws SQLException {
        try (ResultSet r = db.createStatement().executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private void exec(String sql) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute(sql);
        }
    }
}
