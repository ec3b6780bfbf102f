package uz.muhokama.bench.ceiling;

import static uz.muhokama.bench.ceiling.BenchJdbc.ts;

import jakarta.annotation.Resource;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import uz.muhokama.platform.i18n.SearchText;

/**
 * POST /ceiling/seed?drafts=100000&clauses=10: bulk-loads published drafts (one version, N clauses,
 * an open discussion each) straight into the portal's tables with JDBC batches. Benchmark data only.
 * GET /ceiling/seed/ids: the drafts' ids, one per line, for the load generator to read.
 */
@Path("seed")
public class SeedResource {

    private static final String[] SECTORS = {
        "entrepreneurship",
        "finance-banking",
        "taxation",
        "energy",
        "health",
        "transport",
        "education-science",
        "digital-telecom",
        "environment",
        "agriculture-water"
    };
    private static final String[] AGENCIES = {
        "ministry-of-justice",
        "ministry-of-energy",
        "ministry-of-health",
        "ministry-of-transport",
        "tax-committee",
        "ministry-of-digital-technologies"
    };
    private static final String[] ACT_TYPES = {"law", "cabinet-resolution", "presidential-decree", "departmental-order"
    };
    private static final String[] WORDS = {
        "tartib",
        "tarif",
        "soliq",
        "litsenziya",
        "energiya",
        "transport",
        "taʼlim",
        "sogʻliq",
        "raqamli",
        "xizmat",
        "tadbirkorlik",
        "imtiyoz",
        "nazorat",
        "hisobot",
        "reyestr",
        "ruxsatnoma"
    };

    @Resource(lookup = "jdbc/app")
    DataSource dataSource;

    /**
     * Identity values are not contiguous: Derby skipped a few in a 100,000-draft load (four in one run), as
     * any database's sequence may. A load generator counting from the first id got a 404 for each.
     */
    @GET
    @Path("ids")
    @Produces(MediaType.TEXT_PLAIN)
    public String ids() throws SQLException {
        StringBuilder ids = new StringBuilder();
        try (Connection c = dataSource.getConnection();
                Statement statement = c.createStatement();
                ResultSet rows = statement.executeQuery("SELECT id FROM draft ORDER BY id")) {
            while (rows.next()) {
                ids.append(rows.getLong(1)).append('\n');
            }
        }
        return ids.toString();
    }

    @POST
    @Produces(MediaType.TEXT_PLAIN)
    public String seed(@QueryParam("drafts") int drafts, @QueryParam("clauses") int clausesPerDraft)
            throws SQLException {
        long started = System.nanoTime();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        Timestamp published = ts(now.minus(1, ChronoUnit.DAYS));
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement draft = c.prepareStatement(
                            "INSERT INTO draft (agency_code, act_type_code, sector_code, "
                                    + "title_uz, title_ru, title_en, summary_uz, needs_ria, state, current_version, search_text, created_at, "
                                    + "updated_at, published_at, discussion_opens_at, discussion_closes_at, search_key_version) "
                                    + "VALUES (?, ?, ?, ?, ?, ?, ?, FALSE, 'PUBLISHED', 1, ?, ?, ?, ?, ?, ?, "
                                    + SearchText.KEY_VERSION + ")",
                            Statement.RETURN_GENERATED_KEYS);
                    PreparedStatement version = c.prepareStatement(
                            "INSERT INTO draft_version (draft_id, version_no, created_at) " + "VALUES (?, 1, ?)",
                            Statement.RETURN_GENERATED_KEYS);
                    PreparedStatement clause =
                            c.prepareStatement("INSERT INTO clause (version_id, clause_key, position, "
                                    + "clause_no, heading, body) VALUES (?, ?, ?, ?, NULL, ?)");
                    PreparedStatement term =
                            c.prepareStatement("INSERT INTO draft_term (term, draft_id) VALUES (?, ?)");
                    PreparedStatement discussion = c.prepareStatement(
                            "INSERT INTO discussion (draft_id, opens_at, closes_at, " + "phase) VALUES (?, ?, ?, ?)")) {
                // Like a real archive: drafts published evenly over five years with 15-day windows, so
                // only the newest few hundred are open now and the rest are closed.
                long spacingSeconds = Math.max(1, 5L * 365 * 24 * 3600 / Math.max(1, drafts));
                for (int i = 0; i < drafts; i++) {
                    Instant opens =
                            now.minusSeconds((drafts - i) * spacingSeconds).truncatedTo(ChronoUnit.MINUTES);
                    Instant closes = opens.plus(15, ChronoUnit.DAYS);
                    published = ts(opens);
                    String title = WORDS[i % WORDS.length] + " " + WORDS[(i / 7) % WORDS.length] + " toʻgʻrisida " + i;
                    draft.setString(1, AGENCIES[i % AGENCIES.length]);
                    draft.setString(2, ACT_TYPES[i % ACT_TYPES.length]);
                    draft.setString(3, SECTORS[i % SECTORS.length]);
                    draft.setString(4, title);
                    draft.setString(5, "О проекте " + i);
                    draft.setString(6, "Draft " + i);
                    draft.setString(7, "Qisqacha mazmun " + i);
                    String searchText = ("id-" + "?" + " | " + title + " | о проекте " + i + " | draft " + i
                                    + " | qisqacha mazmun " + i)
                            .toLowerCase(Locale.ROOT)
                            .replace('ʻ', '\'')
                            .replace('ʼ', '\'');
                    draft.setString(8, searchText);
                    draft.setTimestamp(9, published);
                    draft.setTimestamp(10, published);
                    draft.setTimestamp(11, published);
                    draft.setTimestamp(12, ts(opens));
                    draft.setTimestamp(13, ts(closes));
                    draft.executeUpdate();
                    long draftId = key(draft);
                    // The words the portal indexes for this text (run.sh puts SearchText in the ceiling app).
                    Set<String> words = SearchText.terms(searchText.replace("?", String.valueOf(draftId)));
                    for (String w : words) {
                        term.setString(1, w);
                        term.setLong(2, draftId);
                        term.addBatch();
                    }
                    version.setLong(1, draftId);
                    version.setTimestamp(2, published);
                    version.executeUpdate();
                    long versionId = key(version);
                    for (int n = 1; n <= clausesPerDraft; n++) {
                        clause.setLong(1, versionId);
                        clause.setString(2, UUID.randomUUID().toString());
                        clause.setInt(3, n);
                        clause.setString(4, String.valueOf(n));
                        clause.setString(
                                5, "Band matni " + n + ": " + title + ". Ushbu band benchmark uchun yaratilgan.");
                        clause.addBatch();
                    }
                    clause.executeBatch();
                    discussion.setLong(1, draftId);
                    discussion.setTimestamp(2, published);
                    discussion.setTimestamp(3, ts(closes));
                    discussion.setString(4, closes.isAfter(now) ? "OPEN" : "CLOSED");
                    discussion.addBatch();
                    if (i % 100 == 99) {
                        term.executeBatch();
                        discussion.executeBatch();
                        c.commit();
                    }
                }
                term.executeBatch();
                discussion.executeBatch();
                c.commit();
            }
            BenchJdbc.refreshStatistics(c, "DRAFT", "DRAFT_VERSION", "CLAUSE", "DISCUSSION", "DRAFT_TERM");
        }
        return drafts + " drafts seeded in " + (System.nanoTime() - started) / 1_000_000 + " ms";
    }

    private static long key(PreparedStatement statement) throws SQLException {
        try (ResultSet keys = statement.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }
}
