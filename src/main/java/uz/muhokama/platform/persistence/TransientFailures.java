package uz.muhokama.platform.persistence;

import java.sql.SQLException;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Runs a transaction again when the database gave up on it for a reason that says nothing about the
 * request: a lock wait that timed out, a deadlock, a serialization failure. The failed attempt was
 * rolled back, so running it again cannot store anything twice.
 */
public final class TransientFailures {

    private static final Logger LOG = Logger.getLogger(TransientFailures.class.getName());
    /** Derby lock timeout and deadlock, SQL standard serialization failure, PostgreSQL deadlock. */
    private static final Set<String> TRANSIENT = Set.of("40XL1", "40XL2", "40001", "40P01");
    private static final int ATTEMPTS = 3;

    private TransientFailures() {}

    public static <T> T retry(Supplier<T> transaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (RuntimeException failure) {
                if (attempt >= ATTEMPTS || !isTransient(failure)) {
                    throw failure;
                }
                LOG.info("Transient database failure, attempt " + attempt + " of " + ATTEMPTS + " runs again");
            }
        }
    }

    static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && TRANSIENT.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
