package uz.muhokama.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date with the versioned scripts in {@code db/migration} before the portal
 * serves anything. Several servers starting at once are safe: Flyway takes a database lock. If the
 * migration fails the application does not start, which is what we want.
 */
@ApplicationScoped
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "jdbc/app")
    DataSource dataSource;

    @Inject
    Event<DatabaseReady> ready;

    private volatile boolean migrated;
    private volatile String vendor = "";

    void onStartup(@Observes Startup startup) {
        // Flyway cannot expand {vendor} here, so the vendor folder is chosen from the connection.
        vendor = vendorFolder();
        if ("derby".equals(vendor)) {
            realignDerbyChecksums();
        }
        Flyway flyway = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor)
                .failOnMissingLocations(true)
                .loggers(FlywayLog.class.getName())
                .load();
        MigrateResult result = flyway.migrate();
        // From the result, not flyway.info(): that opens the database afresh and logs Flyway's notes on it again.
        String version = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        LOG.info(() -> "Database schema at version " + version + " (" + result.migrationsExecuted
                + " migrations applied now)");
        migrated = true;
        ready.fire(new DatabaseReady(productName()));
    }

    private void realignDerbyChecksums() {
        try {
            DerbyChecksums.realign(dataSource);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read Flyway's history on Derby", e);
        }
    }

    public boolean migrated() {
        return migrated;
    }

    /**
     * True on PostgreSQL. For the rare query whose best shape differs between the two databases' optimizers
     * (each such use says why); everything else is written once for both.
     */
    public boolean onPostgreSql() {
        return "postgresql".equals(vendor);
    }

    /** True when a connection can be had and answers within the timeout. */
    public boolean reachable(int timeoutSeconds) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(timeoutSeconds);
        } catch (SQLException e) {
            return false;
        }
    }

    /** Scripts that differ between databases (BLOB vs BYTEA) live in db/vendor/derby and db/vendor/postgresql. */
    private String vendorFolder() {
        String product = productName().toLowerCase(Locale.ROOT);
        if (product.contains("postgres")) {
            return "postgresql";
        }
        if (product.contains("derby")) {
            return "derby";
        }
        throw new IllegalStateException("Unsupported database: " + product);
    }

    private String productName() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            return "unknown";
        }
    }
}
