package uz.muhokama.bench.ceiling;

import jakarta.annotation.Resource;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import javax.sql.DataSource;

/**
 * POST /ceiling/grant?role=EXPERT&first=100000&count=1000: gives the seeded people "bench-{first}" to
 * "bench-{first+count-1}" a role (as an administrator would); with {@code session=NAME}, also a browser
 * session for the first of them, its cookie value NAME. Benchmark data only, straight into the tables.
 */
@Path("grant")
public class GrantResource {

    @Resource(lookup = "jdbc/app")
    DataSource dataSource;

    @POST
    @Produces(MediaType.TEXT_PLAIN)
    public String grant(
            @QueryParam("role") String role,
            @QueryParam("first") int first,
            @QueryParam("count") int count,
            @QueryParam("session") String session)
            throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement find = c.prepareStatement("SELECT id FROM user_account WHERE email = ?");
                PreparedStatement grant =
                        c.prepareStatement("INSERT INTO account_role (account_id, role_name) VALUES (?, ?)")) {
            c.setAutoCommit(false);
            long firstId = -1;
            for (int i = first; i < first + count; i++) {
                find.setString(1, "bench-" + i + "@bench.muhokama.uz");
                try (ResultSet found = find.executeQuery()) {
                    if (!found.next()) {
                        throw new IllegalStateException("no bench-" + i);
                    }
                    long id = found.getLong(1);
                    firstId = firstId < 0 ? id : firstId;
                    grant.setLong(1, id);
                    grant.setString(2, role);
                    grant.addBatch();
                }
            }
            grant.executeBatch();
            if (session != null && !session.isBlank()) {
                try (PreparedStatement token =
                        c.prepareStatement("INSERT INTO auth_token (token_hash, account_id, kind, created_at, "
                                + "expires_at) VALUES (?, ?, 'SESSION', ?, ?)")) {
                    var now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
                    token.setString(1, BenchJdbc.tokenHash(session));
                    token.setLong(2, firstId);
                    token.setTimestamp(3, BenchJdbc.ts(now));
                    token.setTimestamp(4, BenchJdbc.ts(now.plus(2, ChronoUnit.DAYS)));
                    token.executeUpdate();
                }
            }
            c.commit();
        }
        return count + " people given " + role + (session == null ? "" : ", a session for bench-" + first);
    }
}
