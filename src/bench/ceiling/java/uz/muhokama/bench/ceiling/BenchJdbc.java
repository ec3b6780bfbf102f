package uz.muhokama.bench.ceiling;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * What the seed resources share: the portal's timestamps (UTC, without a zone, as its columns hold
 * them), a token's stored hash, which database this is, statistics after a bulk load, and batches that
 * run and commit every so many rows.
 */
final class BenchJdbc {

    private BenchJdbc() {}

    /** The portal keeps instants as UTC timestamps without a zone. */
    static Timestamp ts(Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    /** A token as the portal stores it: the hex SHA-256 of its text. */
    static String tokenHash(String token) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean derby(Connection c) throws SQLException {
        return c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("derby");
    }

    /**
     * After a bulk load the optimizer's statistics are stale, as after any real data import: refresh them
     * the way an operator would (Derby's procedure, PostgreSQL's ANALYZE), then commit.
     */
    static void refreshStatistics(Connection c, String... tables) throws SQLException {
        boolean derby = derby(c);
        try (Statement s = c.createStatement()) {
            for (String table : tables) {
                s.execute(
                        derby
                                ? "CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS('APP', '" + table.toUpperCase(Locale.ROOT)
                                        + "', NULL)"
                                : "ANALYZE " + table.toLowerCase(Locale.ROOT));
            }
        }
        c.commit();
    }

    /** The one long of a query's first row (a count, a first id), or {@code orElse} when it has none or NULL. */
    static long oneLong(Connection c, String sql, long orElse, Object... params) throws SQLException {
        try (PreparedStatement query = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                query.setObject(i + 1, params[i]);
            }
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return orElse;
                }
                long value = row.getLong(1);
                return row.wasNull() ? orElse : value;
            }
        }
    }

    /**
     * One statement run in JDBC batches: {@link #add()} after setting a row's parameters; every {@code size}
     * rows the batch runs and the connection commits, and once more on close.
     */
    static final class Batch implements AutoCloseable {
        private final Connection connection;
        private final PreparedStatement statement;
        private final int size;
        private int pending;
        private long rows;

        Batch(Connection connection, String sql, int size) throws SQLException {
            this.connection = connection;
            this.statement = connection.prepareStatement(sql);
            this.size = size;
        }

        PreparedStatement row() {
            return statement;
        }

        void add() throws SQLException {
            statement.addBatch();
            rows++;
            if (++pending == size) {
                flush();
            }
        }

        long rows() {
            return rows;
        }

        private void flush() throws SQLException {
            if (pending > 0) {
                statement.executeBatch();
                pending = 0;
            }
            connection.commit();
        }

        @Override
        public void close() throws SQLException {
            try {
                flush();
            } finally {
                statement.close();
            }
        }
    }
}
