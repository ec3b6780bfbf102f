package uz.muhokama.bench.ceiling;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * POST /ceiling/analyze: what a production database's own maintenance would have done by now after a
 * benchmark's writes. In production PostgreSQL's autovacuum analyzes a table within a minute of enough
 * changes; the PostgreSQL of this machine runs with autovacuum off (its CI configuration), so after tens
 * of thousands of comments its plans would be made for the table as the seed left it (a draft's comment
 * count read the whole table in parallel: 340 ms instead of a few). So a benchmark calls this after its
 * writes, before it measures reads. Derby keeps its index statistics itself (its istat daemon): nothing.
 */
@Path("analyze")
@ApplicationScoped
public class AnalyzeResource {

    @Resource(lookup = "jdbc/app")
    DataSource dataSource;

    @POST
    @Produces(MediaType.TEXT_PLAIN)
    public String analyze() throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            if (c.getMetaData()
                    .getDatabaseProductName()
                    .toLowerCase(Locale.ROOT)
                    .contains("derby")) {
                return "derby: nothing to do (its own statistics daemon)";
            }
            long started = System.nanoTime();
            s.execute("ANALYZE");
            return "ANALYZE in " + (System.nanoTime() - started) / 1_000_000 + " ms";
        }
    }
}
