package uz.muhokama.bench.ceiling;

import static uz.muhokama.bench.ceiling.BenchJdbc.ts;

import com.sun.management.GarbageCollectionNotificationInfo;
import jakarta.annotation.Resource;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import javax.sql.DataSource;

/**
 * For the report benchmark (benchmark data only, straight into the portal's tables with JDBC batches):
 * POST /ceiling/report/comments?draft=&comments=&authors= (comments by the already seeded people),
 * POST /ceiling/report/answers?draft=&count= (general-survey answer sets), POST /ceiling/report/unclosed?draft=
 * (its discussion left for the closing job), POST /ceiling/report/agency?person=&draft=
 * (makes bench-{person} an editor of the draft's agency, with the API token "bench-editor-token-{person}"), GET /ceiling/report/comment-ids?draft= (one id a line),
 * POST /ceiling/report/heap/reset and GET /ceiling/report/heap (the JVM's heap: the peak in use after a
 * collection since the reset, and in use after a full collection now, in MB).
 */
@Path("report")
public class ReportSeedResource {

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
        "=SUM(A1)",
        "+998",
        "@bank"
    };

    @Resource(lookup = "jdbc/app")
    DataSource dataSource;

    @POST
    @Path("comments")
    @Produces(MediaType.TEXT_PLAIN)
    public String comments(
            @QueryParam("draft") long draft, @QueryParam("comments") int comments, @QueryParam("authors") int authors)
            throws Exception {
        long started = System.nanoTime();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Random random = new Random(draft);
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            long firstAccount = firstAccount(c);
            try (PreparedStatement comment =
                    c.prepareStatement("INSERT INTO comment (draft_id, version_no, author_id, author_name, "
                            + "author_region, body, fingerprint, simhash, state, created_at, updated_at, parent_id) "
                            + "VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)")) {
                String[] regions = {"UZ-SA", "UZ-TK", "UZ-AN", "UZ-FA", "UZ-NG", null};
                for (int i = 0; i < comments; i++) {
                    StringBuilder text = new StringBuilder();
                    for (int w = 0; w < 40; w++) {
                        text.append(WORDS[random.nextInt(WORDS.length)]).append(w % 9 == 8 ? ". " : " ");
                    }
                    comment.setLong(1, draft);
                    comment.setLong(2, firstAccount + i % authors);
                    comment.setString(3, "Bench " + (i % authors));
                    comment.setString(4, regions[i % regions.length]);
                    comment.setString(5, text.toString().trim());
                    comment.setString(
                            6,
                            HexFormat.of()
                                    .formatHex(sha256.digest(text.toString().getBytes(StandardCharsets.UTF_8))));
                    comment.setLong(7, random.nextLong());
                    comment.setString(8, i % 50 == 49 ? "HIDDEN" : "VISIBLE");
                    Timestamp at = ts(now.minusSeconds(comments - i + 3600L));
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
        }
        return comments + " comments on draft " + draft + " in " + (System.nanoTime() - started) / 1_000_000 + " ms";
    }

    @POST
    @Path("answers")
    @Produces(MediaType.TEXT_PLAIN)
    public String answers(@QueryParam("draft") long draft, @QueryParam("count") int count) throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            long firstAccount = firstAccount(c);
            try (PreparedStatement answer =
                    c.prepareStatement("INSERT INTO survey_answer (questionnaire_code, version_no, draft_id, "
                            + "draft_version, account_id, respondent_name, respondent_region, submitted_at, updated_at, document, respondent_key) "
                            + "VALUES ('general-survey', 1, ?, 1, ?, ?, 'UZ-TK', ?, ?, ?, ?)")) {
                for (int i = 0; i < count; i++) {
                    answer.setLong(1, draft);
                    answer.setLong(2, firstAccount + i);
                    answer.setString(3, "Bench " + i);
                    answer.setTimestamp(4, ts(now.minusSeconds(count - i)));
                    answer.setTimestamp(5, ts(now.minusSeconds(count - i)));
                    answer.setString(
                            6,
                            "{\"compliance\":\"" + (i % 3 == 0 ? "no" : "yes") + "\",\"referenceNorms\":\"no\","
                                    + "\"contradictingNorms\":\"no\",\"clarity\":" + (1 + i % 5)
                                    + ",\"otherComments\":\"Izoh " + i + "\"}");
                    answer.setString(
                            7,
                            "general-survey/" + draft + "/"
                                    + (firstAccount + i)); // the portal's one-per-person key (V25)
                    answer.addBatch();
                    if (i % 500 == 499) {
                        answer.executeBatch();
                        c.commit();
                    }
                }
                answer.executeBatch();
                c.commit();
            }
        }
        return count + " general-survey answer sets on draft " + draft;
    }

    @POST
    @Path("agency")
    @Produces(MediaType.TEXT_PLAIN)
    public String agency(@QueryParam("person") int person, @QueryParam("draft") long draft) throws Exception {
        String agency;
        try (Connection c = dataSource.getConnection();
                PreparedStatement find = c.prepareStatement("SELECT agency_code FROM draft WHERE id = ?")) {
            find.setLong(1, draft);
            try (ResultSet found = find.executeQuery()) {
                found.next();
                agency = found.getString(1);
            }
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement update =
                        c.prepareStatement("UPDATE user_account SET agency_code = ? WHERE email = ?");
                PreparedStatement role = c.prepareStatement("INSERT INTO account_role (account_id, role_name) "
                        + "SELECT id, 'AGENCY' FROM user_account WHERE email = ?")) {
            update.setString(1, agency);
            update.setString(2, "bench-" + person + "@bench.muhokama.uz");
            update.executeUpdate();
            role.setString(1, "bench-" + person + "@bench.muhokama.uz");
            role.executeUpdate();
            // An API token that outlives the clock moved to close the discussions: "bench-editor-token-{person}".
            try (PreparedStatement token =
                    c.prepareStatement("INSERT INTO auth_token (token_hash, account_id, kind, created_at, expires_at) "
                            + "SELECT ?, id, 'API', ?, ? FROM user_account WHERE email = ?")) {
                Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
                token.setString(1, BenchJdbc.tokenHash("bench-editor-token-" + person));
                token.setTimestamp(2, ts(now));
                token.setTimestamp(3, ts(now.plus(3650, ChronoUnit.DAYS)));
                token.setString(4, "bench-" + person + "@bench.muhokama.uz");
                token.executeUpdate();
            }
        }
        return "bench-" + person + " edits for " + agency + " (API token bench-editor-token-" + person + ")";
    }

    /** The seeded past discussions are recorded closed; this one is left for the closing job to close (and announce). */
    @POST
    @Path("unclosed")
    @Produces(MediaType.TEXT_PLAIN)
    public String unclosed(@QueryParam("draft") long draft) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement update =
                        c.prepareStatement("UPDATE discussion SET phase = 'OPEN' WHERE draft_id = ?")) {
            update.setLong(1, draft);
            return update.executeUpdate() + " discussion of draft " + draft + " left for the closing job";
        }
    }

    @GET
    @Path("comment-ids")
    @Produces(MediaType.TEXT_PLAIN)
    public String commentIds(@QueryParam("draft") long draft) throws Exception {
        StringBuilder ids = new StringBuilder();
        try (Connection c = dataSource.getConnection();
                PreparedStatement select =
                        c.prepareStatement("SELECT id FROM comment WHERE draft_id = ? AND state = 'VISIBLE'")) {
            select.setLong(1, draft);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.append(rows.getLong(1)).append('\n');
                }
            }
        }
        return ids.toString();
    }

    @POST
    @Path("heap/reset")
    @Produces(MediaType.TEXT_PLAIN)
    public String resetHeap() {
        HeapAfterCollections.listen();
        System.gc();
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        HeapAfterCollections.PEAK.set(used);
        return String.valueOf(used / (1024 * 1024));
    }

    /**
     * The peak of the heap in use right after a collection since the reset (what stayed reachable, plus
     * old-generation garbage not yet collected: an upper bound of what the work held), then the heap in use
     * after a full collection now, in MB. The heap pools' own peaks are useless here: a heap without a
     * bound lets the young generation grow to gigabytes before it is collected.
     */
    @GET
    @Path("heap")
    @Produces(MediaType.TEXT_PLAIN)
    public String heap() {
        long peak = HeapAfterCollections.PEAK.get();
        System.gc();
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        return (peak / (1024 * 1024)) + " " + (used / (1024 * 1024));
    }

    /** Listens to every collector's notifications and keeps the highest heap use after one. */
    static final class HeapAfterCollections {

        static final AtomicLong PEAK = new AtomicLong();
        private static final AtomicBoolean LISTENING = new AtomicBoolean();

        static void listen() {
            if (!LISTENING.compareAndSet(false, true)) {
                return;
            }
            for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((NotificationEmitter) collector)
                        .addNotificationListener(
                                (notification, handback) -> {
                                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
                                            notification.getType())) {
                                        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                                                (CompositeData) notification.getUserData());
                                        long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                                                .filter(e -> heapPools().contains(e.getKey()))
                                                .mapToLong(e -> e.getValue().getUsed())
                                                .sum();
                                        PEAK.accumulateAndGet(used, Math::max);
                                    }
                                },
                                null,
                                null);
            }
        }

        private static Set<String> heapPools() {
            return ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP)
                    .map(MemoryPoolMXBean::getName)
                    .collect(Collectors.toSet());
        }
    }

    private static long firstAccount(Connection c) throws Exception {
        try (PreparedStatement find =
                        c.prepareStatement("SELECT id FROM user_account WHERE email = 'bench-0@bench.muhokama.uz'");
                ResultSet found = find.executeQuery()) {
            if (!found.next()) {
                throw new IllegalStateException("seed the people first (seed-participation)");
            }
            return found.getLong(1);
        }
    }
}
