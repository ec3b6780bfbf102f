package uz.muhokama.bench.ceiling;

import static uz.muhokama.bench.ceiling.BenchJdbc.ts;

import jakarta.annotation.Resource;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Random;
import javax.sql.DataSource;

/**
 * POST /ceiling/seed-participation?people=20000&comments=10000&draft=101000: people with API tokens
 * ("bench-token-{i}", stored hashed like the portal's), comments on one draft, and the ceiling's
 * own table. Benchmark data only, straight into the portal's tables with JDBC batches.
 */
@Path("seed-participation")
public class ParticipationSeedResource {

    private static final String[] WORDS = {
        "tarif",
        "soliq",
        "band",
        "loyiha",
        "taklif",
        "hisobot",
        "tadbirkor",
        "xarajat",
        "muddat",
        "nazorat",
        "litsenziya",
        "imtiyoz",
        "fuqaro",
        "huquq",
        "tartib",
        "xizmat"
    };

    @Resource(lookup = "jdbc/app")
    DataSource dataSource;

    @POST
    @Produces(MediaType.TEXT_PLAIN)
    public String seed(
            @QueryParam("people") int people, @QueryParam("comments") int comments, @QueryParam("draft") long draft)
            throws Exception {
        long started = System.nanoTime();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Random random = new Random(7);
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            createCeilingTable(c);
            long firstAccount;
            try (PreparedStatement account = c.prepareStatement(
                            "INSERT INTO user_account (email, password_hash, full_name, "
                                    + "region_code, preferred_language, created_at) VALUES (?, 'bench-no-password', ?, 'UZ-SA', 'uz', ?)",
                            Statement.RETURN_GENERATED_KEYS);
                    PreparedStatement token =
                            c.prepareStatement("INSERT INTO auth_token (token_hash, account_id, kind, created_at, "
                                    + "expires_at) VALUES (?, ?, 'API', ?, ?)")) {
                account.setString(1, "bench-0@bench.muhokama.uz");
                account.setString(2, "Bench 0");
                account.setTimestamp(3, ts(now));
                account.executeUpdate();
                try (var keys = account.getGeneratedKeys()) {
                    keys.next();
                    firstAccount = keys.getLong(1);
                }
                for (int i = 1; i < people; i++) {
                    account.setString(1, "bench-" + i + "@bench.muhokama.uz");
                    account.setString(2, "Bench " + i);
                    account.setTimestamp(3, ts(now));
                    account.addBatch();
                    if (i % 500 == 0) {
                        account.executeBatch();
                    }
                }
                account.executeBatch();
                for (int i = 0; i < people; i++) {
                    token.setString(1, BenchJdbc.tokenHash("bench-token-" + i));
                    token.setLong(2, firstAccount + i);
                    token.setTimestamp(3, ts(now));
                    token.setTimestamp(4, ts(now.plus(2, ChronoUnit.DAYS)));
                    token.addBatch();
                    if (i % 500 == 499) {
                        token.executeBatch();
                    }
                }
                token.executeBatch();
                c.commit();
            }
            try (PreparedStatement comment =
                    c.prepareStatement("INSERT INTO comment (draft_id, version_no, author_id, author_name, "
                            + "author_region, body, fingerprint, simhash, state, created_at, updated_at) "
                            + "VALUES (?, 1, ?, ?, 'UZ-SA', ?, ?, ?, 'VISIBLE', ?, ?)")) {
                for (int i = 0; i < comments; i++) {
                    StringBuilder text = new StringBuilder();
                    for (int w = 0; w < 40; w++) {
                        text.append(WORDS[random.nextInt(WORDS.length)]).append(w % 9 == 8 ? ". " : " ");
                    }
                    comment.setLong(1, draft);
                    comment.setLong(2, firstAccount + i % people);
                    comment.setString(3, "Bench " + (i % people));
                    comment.setString(4, text.toString().trim());
                    comment.setString(
                            5,
                            HexFormat.of()
                                    .formatHex(sha256.digest(text.toString().getBytes(StandardCharsets.UTF_8))));
                    comment.setLong(6, random.nextLong());
                    Timestamp at = ts(now.minusSeconds(3L * (comments - i) + 3600));
                    comment.setTimestamp(7, at);
                    comment.setTimestamp(8, at);
                    comment.addBatch();
                    if (i % 500 == 499) {
                        comment.executeBatch();
                        c.commit();
                    }
                }
                comment.executeBatch();
                c.commit();
            }
            BenchJdbc.refreshStatistics(c, "USER_ACCOUNT", "AUTH_TOKEN", "COMMENT");
        }
        return people + " people and " + comments + " comments seeded in " + (System.nanoTime() - started) / 1_000_000
                + " ms";
    }

    private static void createCeilingTable(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE ceiling_row (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, "
                    + "body VARCHAR(8000) NOT NULL, created_at TIMESTAMP NOT NULL)");
            c.commit();
        } catch (SQLException exists) {
            c.rollback();
        }
    }
}
