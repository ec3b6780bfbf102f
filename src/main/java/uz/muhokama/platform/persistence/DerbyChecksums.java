package uz.muhokama.platform.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Lets Derby databases made before a migration got a Derby copy of its own keep validating. Flyway refuses to
 * start when an applied script's checksum differs from the script it finds, so a script once applied is never
 * edited. V3, V4, V6, V7, V9 and V16 created indexes on foreign-key columns, which PostgreSQL needs and Derby
 * already has (it indexes every foreign key): on Derby each was refused as a duplicate, with a warning at every
 * fresh start. Their Derby copies leave them out and so leave the very schema the old scripts left; only the
 * recorded checksum differs. Before Flyway validates, each is moved from the old script's to the copy's, for
 * exactly that version and that old value (a narrow {@code flyway repair}), so nothing else is ever hidden.
 */
final class DerbyChecksums {

    private static final Logger LOG = Logger.getLogger(DerbyChecksums.class.getName());

    /** Flyway's own table, whose quoted lower-case names Derby keeps as written. */
    private static final String HISTORY = "flyway_schema_history";

    /** A version whose Derby copy replaced a common script: the checksum applied before, and the copy's. */
    record Realignment(String version, int appliedBefore, int derbyCopy) {}

    /** Each the version's indexes on foreign-key columns left out (its Derby copy says which). */
    static final List<Realignment> REALIGNED = List.of(
            new Realignment("3", -780289858, 1982951956),
            new Realignment("4", -406283114, 1081809650),
            new Realignment("6", 1681819817, -1052150691),
            new Realignment("7", 344370356, 1403700928),
            new Realignment("9", -362565587, -2095782411),
            new Realignment("16", 697507382, -1166975260));

    private DerbyChecksums() {}

    static void realign(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (!historyExists(connection)) {
                return; // a fresh database: the copies are what gets applied
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE \"" + HISTORY + "\" SET \"checksum\" = ? WHERE \"version\" = ? AND \"checksum\" = ?")) {
                for (Realignment realignment : REALIGNED) {
                    update.setInt(1, realignment.derbyCopy());
                    update.setString(2, realignment.version());
                    update.setInt(3, realignment.appliedBefore());
                    if (update.executeUpdate() > 0) {
                        LOG.info(() -> "Migration V" + realignment.version()
                                + " recorded with the checksum of its Derby copy");
                    }
                }
            }
        }
    }

    private static boolean historyExists(Connection connection) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(null, connection.getSchema(), HISTORY, null)) {
            return tables.next();
        }
    }
}
