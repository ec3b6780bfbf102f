package uz.muhokama.bench.ceiling;

import static uz.muhokama.bench.ceiling.BenchJdbc.ts;

import jakarta.annotation.Resource;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Properties;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * For the notifications benchmark (issue 40; benchmark data only, straight into the portal's tables):
 *
 * <ul>
 *   <li>POST /ceiling/notifications/seed?prefix=notif&followers=100000&sector=energy&frequency=INSTANT: that many
 *       people ({@code prefix-i@bench.muhokama.uz}, languages uz/ru/en six, three and one in ten), each following
 *       the sector; with a frequency, their choice for new drafts (none: the topic's default, DAILY);
 *   <li>POST /ceiling/notifications/editor?agency=ministry-of-energy&token=T: an editor of the agency with the API
 *       token T, to publish with;
 *   <li>POST /ceiling/notifications/frequency?prefix=&topic=NEW_DRAFTS&frequency=DAILY|…|DEFAULT: those people's
 *       choice changed (DEFAULT: their rows removed);
 *   <li>GET /ceiling/notifications/progress?draft=ID[&full=true]: the draft's DRAFT_PUBLISHED event and its
 *       notification rows, one line of {@code key=value} ({@code full}: also by mail state, and the deliveries);
 *   <li>GET /ceiling/notifications/heap: the heap in use now and the peak in use after a collection since the
 *       last POST /ceiling/report/heap/reset, in MB, without collecting;
 *   <li>POST /ceiling/notifications/ceiling/rows?sector=: the bare set operation: the same rows as a fan-out
 *       into a table shaped like {@code notification} by one INSERT … SELECT, timed;
 *   <li>POST /ceiling/notifications/ceiling/mail?count=&folder= (or &smtpHost=&smtpPort=): the bare e-mail loop:
 *       that many messages made with Jakarta Mail and written as {@code .eml} files (or sent), one thread, timed;
 *       {@code folder=null}: made and written to nowhere (the message alone, without the disk), {@code body=text}:
 *       the body set by {@code setText} (the activation framework's handler lookup) instead of as bytes.
 * </ul>
 */
@Path("notifications")
public class NotificationSeedResource {

    private static final String[] REGIONS = {"UZ-TK", "UZ-SA", "UZ-AN", "UZ-FA", "UZ-NG", "UZ-BU", "UZ-QR"};

    @Resource(lookup = "jdbc/app")
    DataSource dataSource;

    @POST
    @Path("seed")
    @Produces(MediaType.TEXT_PLAIN)
    public String seed(
            @QueryParam("prefix") @DefaultValue("notif") String prefix,
            @QueryParam("followers") int followers,
            @QueryParam("sector") @DefaultValue("energy") String sector,
            @QueryParam("frequency") String frequency)
            throws SQLException {
        long started = System.nanoTime();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (BenchJdbc.Batch account = new BenchJdbc.Batch(
                    c,
                    "INSERT INTO user_account (email, password_hash, full_name, region_code, preferred_language, "
                            + "created_at) VALUES (?, 'bench-no-password', ?, ?, ?, ?)",
                    1000)) {
                for (int i = 0; i < followers; i++) {
                    PreparedStatement row = account.row();
                    row.setString(1, prefix + "-" + i + "@bench.muhokama.uz");
                    row.setString(2, "Kuzatuvchi " + i);
                    row.setString(3, REGIONS[i % REGIONS.length]);
                    row.setString(4, language(i));
                    row.setTimestamp(5, ts(now));
                    account.add();
                }
            }
            // The follows and choices as set operations over the people just made.
            int follows;
            try (PreparedStatement follow = c.prepareStatement(
                    "INSERT INTO subscription (account_id, target, target_key, sector_code, created_at) "
                            + "SELECT id, 'SECTOR', ?, ?, ? FROM user_account WHERE email LIKE ?")) {
                follow.setString(1, sector);
                follow.setString(2, sector);
                follow.setTimestamp(3, ts(now));
                follow.setString(4, prefix + "-%");
                follows = follow.executeUpdate();
            }
            c.commit();
            int chosen = choose(c, prefix, "NEW_DRAFTS", frequency);
            BenchJdbc.refreshStatistics(c, "USER_ACCOUNT", "SUBSCRIPTION", "NOTIFICATION_PREFERENCE");
            return followers + " people (" + prefix + "-*) following " + sector + " (" + follows + " follows), "
                    + (chosen > 0 ? chosen + " choosing " + frequency + " for new drafts" : "new drafts at the default")
                    + ", in " + (System.nanoTime() - started) / 1_000_000 + " ms";
        }
    }

    @POST
    @Path("editor")
    @Produces(MediaType.TEXT_PLAIN)
    public String editor(
            @QueryParam("agency") @DefaultValue("ministry-of-energy") String agency, @QueryParam("token") String token)
            throws SQLException {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        // Not "notif-…": the followers are found by their e-mail's prefix.
        String email = "bench-editor-" + agency + "@bench.muhokama.uz";
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement account = c.prepareStatement(
                    "INSERT INTO user_account (email, password_hash, full_name, region_code, preferred_language, "
                            + "agency_code, created_at) VALUES (?, 'bench-no-password', 'Bench editor', 'UZ-TK', 'uz', ?, ?)")) {
                account.setString(1, email);
                account.setString(2, agency);
                account.setTimestamp(3, ts(now));
                account.executeUpdate();
            }
            long id = BenchJdbc.oneLong(c, "SELECT id FROM user_account WHERE email = ?", -1, email);
            try (PreparedStatement role =
                    c.prepareStatement("INSERT INTO account_role (account_id, role_name) VALUES (?, 'AGENCY')")) {
                role.setLong(1, id);
                role.executeUpdate();
            }
            // Outlives a clock moved a day or more ahead (the digest run).
            try (PreparedStatement api = c.prepareStatement(
                    "INSERT INTO auth_token (token_hash, account_id, kind, created_at, expires_at) VALUES (?, ?, 'API', ?, ?)")) {
                api.setString(1, BenchJdbc.tokenHash(token));
                api.setLong(2, id);
                api.setTimestamp(3, ts(now));
                api.setTimestamp(4, ts(now.plus(3650, ChronoUnit.DAYS)));
                api.executeUpdate();
            }
            c.commit();
        }
        return email + " edits for " + agency + " (API token " + token + ")";
    }

    @POST
    @Path("frequency")
    @Produces(MediaType.TEXT_PLAIN)
    public String frequency(
            @QueryParam("prefix") @DefaultValue("notif") String prefix,
            @QueryParam("topic") @DefaultValue("NEW_DRAFTS") String topic,
            @QueryParam("frequency") String frequency)
            throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            int removed;
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM notification_preference WHERE topic = ? "
                    + "AND account_id IN (SELECT id FROM user_account WHERE email LIKE ?)")) {
                delete.setString(1, topic);
                delete.setString(2, prefix + "-%");
                removed = delete.executeUpdate();
            }
            c.commit();
            int chosen = choose(c, prefix, topic, frequency);
            return prefix + "-*: " + removed + " choices for " + topic + " removed, " + chosen + " set to " + frequency;
        }
    }

    /** The people's choice for a topic as rows (none for DEFAULT or no frequency); committed. */
    private static int choose(Connection c, String prefix, String topic, String frequency) throws SQLException {
        if (frequency == null || frequency.isBlank() || frequency.equalsIgnoreCase("DEFAULT")) {
            return 0;
        }
        try (PreparedStatement choose = c.prepareStatement("INSERT INTO notification_preference (account_id, topic, "
                + "frequency) SELECT id, ?, ? FROM user_account WHERE email LIKE ?")) {
            choose.setString(1, topic);
            choose.setString(2, frequency);
            choose.setString(3, prefix + "-%");
            int rows = choose.executeUpdate();
            c.commit();
            return rows;
        }
    }

    @GET
    @Path("progress")
    @Produces(MediaType.TEXT_PLAIN)
    public String progress(@QueryParam("draft") long draft, @QueryParam("full") boolean full) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            StringBuilder line = new StringBuilder();
            long event;
            try (PreparedStatement find = c.prepareStatement("SELECT id, state FROM notification_event "
                    + "WHERE draft_id = ? AND event_type = 'DRAFT_PUBLISHED' ORDER BY id")) {
                find.setLong(1, draft);
                try (ResultSet row = find.executeQuery()) {
                    if (!row.next()) {
                        return "event=none";
                    }
                    event = row.getLong(1);
                    line.append("event=").append(event).append(" state=").append(row.getString(2));
                }
            }
            try {
                // Counted before anything is appended: a busy answer must not carry an empty count.
                long rows = BenchJdbc.oneLong(c, "SELECT COUNT(*) FROM notification WHERE event_id = ?", 0, event);
                line.append(" notifications=").append(rows);
            } catch (SQLException busy) {
                // Derby: the fan-out's insert holds the table (lock escalation) longer than derby.locks.waitTimeout.
                if (!"40XL1".equals(busy.getSQLState())) {
                    throw busy;
                }
                return line.append(" busy=").append(busy.getSQLState()).toString();
            }
            if (full) {
                try (PreparedStatement states = c.prepareStatement(
                        "SELECT mail_state, COUNT(*) FROM notification WHERE event_id = ? GROUP BY mail_state")) {
                    states.setLong(1, event);
                    try (ResultSet rows = states.executeQuery()) {
                        while (rows.next()) {
                            line.append(" mail.")
                                    .append(rows.getString(1).toLowerCase(java.util.Locale.ROOT))
                                    .append('=')
                                    .append(rows.getLong(2));
                        }
                    }
                }
                try (PreparedStatement deliveries = c.prepareStatement(
                        "SELECT kind, state, COUNT(*), SUM(sent) FROM notification_delivery GROUP BY kind, state")) {
                    try (ResultSet rows = deliveries.executeQuery()) {
                        while (rows.next()) {
                            line.append(" delivery.")
                                    .append(rows.getString(1).toLowerCase(java.util.Locale.ROOT))
                                    .append('.')
                                    .append(rows.getString(2).toLowerCase(java.util.Locale.ROOT))
                                    .append('=')
                                    .append(rows.getLong(3))
                                    .append('/')
                                    .append(rows.getLong(4));
                        }
                    }
                }
            }
            return line.toString();
        }
    }

    @GET
    @Path("heap")
    @Produces(MediaType.TEXT_PLAIN)
    public String heap() {
        ReportSeedResource.HeapAfterCollections.listen();
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long peak = ReportSeedResource.HeapAfterCollections.PEAK.get();
        return "used=" + used / (1024 * 1024) + " peakAfterGc=" + peak / (1024 * 1024);
    }

    @POST
    @Path("ceiling/rows")
    @Produces(MediaType.TEXT_PLAIN)
    public String rows(@QueryParam("sector") @DefaultValue("energy") String sector) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                try {
                    s.execute("DROP TABLE ceiling_notification");
                    c.commit();
                } catch (SQLException absent) {
                    c.rollback();
                }
                s.execute("CREATE TABLE ceiling_notification (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, "
                        + "account_id BIGINT NOT NULL, event_id BIGINT NOT NULL, topic VARCHAR(32) NOT NULL, "
                        + "shard INT NOT NULL, created_at TIMESTAMP NOT NULL, read_at TIMESTAMP, "
                        + "mail_state VARCHAR(16) NOT NULL, mailed_at TIMESTAMP, mailed_in VARCHAR(120), "
                        + "CONSTRAINT uq_ceiling_notification UNIQUE (account_id, event_id))");
                s.execute(
                        "CREATE INDEX ix_ceiling_notification_inbox ON ceiling_notification (account_id, read_at, id)");
                s.execute("CREATE INDEX ix_ceiling_notification_event ON ceiling_notification "
                        + "(event_id, shard, mail_state, id)");
                s.execute("CREATE INDEX ix_ceiling_notification_waiting ON ceiling_notification "
                        + "(mail_state, account_id, id)");
                c.commit();
            }
            long started = System.nanoTime();
            int rows;
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO ceiling_notification (account_id, event_id, "
                            + "topic, shard, created_at, mail_state) SELECT DISTINCT account_id, -1, 'NEW_DRAFTS', "
                            + "MOD(account_id, 8), CAST(? AS TIMESTAMP), 'WAITING' FROM subscription WHERE target = 'SECTOR' AND sector_code = ?")) {
                insert.setTimestamp(1, ts(Instant.now()));
                insert.setString(2, sector);
                rows = insert.executeUpdate();
            }
            c.commit();
            long ms = (System.nanoTime() - started) / 1_000_000;
            try (Statement s = c.createStatement()) {
                s.execute("DROP TABLE ceiling_notification");
            }
            c.commit();
            return "rows=" + rows + " ms=" + ms;
        }
    }

    @POST
    @Path("ceiling/mail")
    @Produces(MediaType.TEXT_PLAIN)
    public String mail(
            @QueryParam("count") int count,
            @QueryParam("folder") String folder,
            @QueryParam("smtpHost") String smtpHost,
            @QueryParam("smtpPort") @DefaultValue("25") int smtpPort,
            @QueryParam("body") @DefaultValue("bytes") String bodyAs)
            throws Exception {
        Properties props = new Properties();
        props.put("mail.smtp.host", smtpHost == null ? "localhost" : smtpHost);
        props.put("mail.smtp.port", String.valueOf(smtpPort));
        Session session = Session.getInstance(props);
        java.nio.file.Path dir = folder == null || folder.equals("null") ? null : java.nio.file.Path.of(folder);
        if (dir != null) {
            Files.createDirectories(dir);
        }
        String body = "Assalomu alaykum!\n\nSiz kuzatayotgan «Energetika» sohasida yangi loyiha muhokamaga chiqarildi: "
                + "«Elektr energiyasi tariflari toʻgʻrisida»ni oʻzgartirish haqida.\n"
                + "Новый проект в отрасли «Энергетика» вынесен на обсуждение до 22 декабря.\n\n"
                + "Loyihani oʻqing: https://muhokama.uz/drafts/ID-100001\n\n"
                + "Bu xabarlarni olishni toʻxtatish: https://muhokama.uz/unsubscribe/"
                + "x".repeat(120) + "\n";
        long started = System.nanoTime();
        for (int i = 0; i < count; i++) {
            String id = "ceiling-" + i;
            MimeMessage message = new MimeMessage(session) {
                @Override
                protected void updateMessageID() throws jakarta.mail.MessagingException {
                    setHeader("Message-ID", "<" + id + "@muhokama.uz>");
                }
            };
            message.setFrom(new InternetAddress("noreply@muhokama.uz"));
            message.setRecipients(
                    MimeMessage.RecipientType.TO, InternetAddress.parse("notif-" + i + "@bench.muhokama.uz", true));
            message.setSubject("Yangi loyiha: Elektr energiyasi tariflari toʻgʻrisida", "UTF-8");
            if (bodyAs.equals("text")) {
                // Jakarta Mail's own way: the activation framework finds a text/plain handler per message.
                message.setText(body, "UTF-8");
            } else {
                // As the portal's Mailer does: the body's bytes as a data source, its transfer encoding chosen.
                message.setDataHandler(new jakarta.activation.DataHandler(new jakarta.mail.util.ByteArrayDataSource(
                        body.getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/plain; charset=UTF-8")));
                message.setHeader("Content-Transfer-Encoding", "quoted-printable");
            }
            message.setHeader("Content-Language", "uz");
            message.setHeader("List-Unsubscribe", "<https://muhokama.uz/unsubscribe/" + "x".repeat(120) + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            message.setSentDate(new Date());
            message.saveChanges();
            if (folder != null && folder.equals("null")) {
                // Building the message alone: what the loop costs without a disk or a server.
                message.writeTo(OutputStream.nullOutputStream());
            } else if (dir == null) {
                Transport.send(message);
            } else {
                java.nio.file.Path part = dir.resolve(id + ".eml.part");
                try (OutputStream out = Files.newOutputStream(part)) {
                    message.writeTo(out);
                }
                Files.move(part, dir.resolve(id + ".eml"), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        long ms = (System.nanoTime() - started) / 1_000_000;
        if (dir != null) {
            try (Stream<java.nio.file.Path> files = Files.list(dir)) {
                for (java.nio.file.Path file : (Iterable<java.nio.file.Path>) files::iterator) {
                    Files.deleteIfExists(file);
                }
            }
            Files.deleteIfExists(dir);
        }
        return "messages=" + count + " ms=" + ms;
    }

    /** Six in ten Uzbek, three Russian, one English. */
    static String language(int i) {
        int tenth = i % 10;
        return tenth < 6 ? "uz" : tenth < 9 ? "ru" : "en";
    }
}
