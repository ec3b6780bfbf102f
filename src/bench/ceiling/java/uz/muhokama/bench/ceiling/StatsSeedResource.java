package uz.muhokama.bench.ceiling;

import static uz.muhokama.bench.ceiling.BenchJdbc.ts;

import jakarta.annotation.Resource;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;

/**
 * For the statistics and open data benchmark (benchmark data only, straight into the portal's tables
 * with JDBC batches): POST /ceiling/stats/seed?people=&comments=&votes=&days= makes {@code people}
 * accounts spread over the 14 regions (registration requires one), {@code comments} comments by them over
 * every seeded draft, written over the last {@code days} days (one in fifty hidden), and {@code votes}
 * votes (one per person and draft).
 */
@Path("stats")
public class StatsSeedResource {

    private static final String[] REGIONS = {
        "UZ-QR", "UZ-AN", "UZ-BU", "UZ-JI", "UZ-QA", "UZ-NW", "UZ-NG", "UZ-SA", "UZ-SU", "UZ-SI", "UZ-TO", "UZ-FA",
        "UZ-XO", "UZ-TK"
    };
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
        "xizmat",
        "oʻzgartirish",
        "taʼlim"
    };

    @Resource(lookup = "jdbc/app")
    DataSource dataSource;

    @POST
    @Path("seed")
    @Produces(MediaType.TEXT_PLAIN)
    public String seed(
            @QueryParam("people") int people,
            @QueryParam("comments") int comments,
            @QueryParam("votes") int votes,
            @QueryParam("days") int days)
            throws Exception {
        long started = System.nanoTime();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Random random = new Random(38);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            long[] drafts = drafts(c);
            long firstAccount = -1;
            try (PreparedStatement account = c.prepareStatement(
                    "INSERT INTO user_account (email, password_hash, full_name, "
                            + "region_code, preferred_language, created_at) VALUES (?, 'bench-no-password', ?, ?, 'uz', ?)")) {
                for (int i = 0; i < people; i++) {
                    account.setString(1, "stats-" + i + "@bench.muhokama.uz");
                    account.setString(2, "Stats " + i);
                    account.setString(3, region(i));
                    account.setTimestamp(4, ts(now));
                    account.addBatch();
                    if (i % 500 == 499) {
                        account.executeBatch();
                    }
                }
                account.executeBatch();
            }
            try (PreparedStatement first =
                            c.prepareStatement("SELECT MIN(id) FROM user_account WHERE email LIKE 'stats-%'");
                    ResultSet row = first.executeQuery()) {
                row.next();
                firstAccount = row.getLong(1);
            }
            c.commit();
            try (PreparedStatement comment =
                    c.prepareStatement("INSERT INTO comment (draft_id, version_no, author_id, author_name, "
                            + "author_region, body, fingerprint, simhash, state, created_at, updated_at, parent_id) "
                            + "VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)")) {
                long span = Math.max(1, days) * 86_400L;
                for (int i = 0; i < comments; i++) {
                    int person = random.nextInt(people);
                    StringBuilder text = new StringBuilder();
                    for (int w = 0; w < 30; w++) {
                        text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
                    }
                    Timestamp at = ts(now.minusSeconds(span - span * i / comments + 3600));
                    comment.setLong(1, drafts[random.nextInt(drafts.length)]);
                    comment.setLong(2, firstAccount + person);
                    comment.setString(3, "Stats " + person);
                    comment.setString(4, region(person));
                    comment.setString(5, text.toString().trim());
                    comment.setString(6, Long.toHexString(random.nextLong()));
                    comment.setLong(7, random.nextLong());
                    comment.setString(8, i % 50 == 49 ? "HIDDEN" : "VISIBLE");
                    comment.setTimestamp(9, at);
                    comment.setTimestamp(10, at);
                    comment.addBatch();
                    if (i % 1000 == 999) {
                        comment.executeBatch();
                        c.commit();
                    }
                }
                comment.executeBatch();
                c.commit();
            }
            try (PreparedStatement vote =
                    c.prepareStatement("INSERT INTO vote (draft_id, account_id, choice, cast_at, changed_at) "
                            + "VALUES (?, ?, ?, ?, ?)")) {
                for (int k = 0; k < votes; k++) {
                    Timestamp at = ts(now.minusSeconds(random.nextInt(Math.max(1, days) * 86_400) + 3600L));
                    vote.setLong(1, drafts[k % drafts.length]);
                    vote.setLong(2, firstAccount + (k / drafts.length) % people);
                    vote.setString(3, k % 3 == 0 ? "OPPOSE" : "SUPPORT");
                    vote.setTimestamp(4, at);
                    vote.setTimestamp(5, at);
                    vote.addBatch();
                    if (k % 1000 == 999) {
                        vote.executeBatch();
                        c.commit();
                    }
                }
                vote.executeBatch();
                c.commit();
            }
            return "stats seed: " + people + " people, " + comments + " comments over " + drafts.length + " drafts and "
                    + days + " days, " + votes + " votes in " + (System.nanoTime() - started) / 1_000_000 + " ms";
        }
    }

    private static String region(int person) {
        return REGIONS[person % REGIONS.length];
    }

    private static long[] drafts(Connection c) throws Exception {
        try (PreparedStatement ids =
                        c.prepareStatement("SELECT id FROM draft WHERE published_at IS NOT NULL ORDER BY id");
                ResultSet rows = ids.executeQuery()) {
            List<Long> found = new ArrayList<>();
            while (rows.next()) {
                found.add(rows.getLong(1));
            }
            return found.stream().mapToLong(Long::longValue).toArray();
        }
    }
}
