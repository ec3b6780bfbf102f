package uz.muhokama.platform.persistence;

import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import uz.muhokama.platform.error.ServiceBusy;

/**
 * Runs a transaction again when the database gave up on it for a reason that says nothing about the
 * request: a lock wait that timed out, a deadlock, a serialization failure. The failed attempt was
 * rolled back, so running it again cannot store anything twice. When every attempt fails that way the
 * caller gets 503 with {@code Retry-After} ({@link ServiceBusy}), not 500: nothing was stored and
 * sending it again later is the right thing to do.
 */
public final class TransientFailures {

    private static final Logger LOG = Logger.getLogger(TransientFailures.class.getName());
    /** Derby lock timeout and deadlock, SQL standard serialization failure, PostgreSQL deadlock. */
    private static final Set<String> TRANSIENT = Set.of("40XL1", "40XL2", "40001", "40P01");

    static final int ATTEMPTS = 4;
    private static final long RETRY_AFTER_SECONDS = 2;

    private TransientFailures() {}

    public static <T> T retry(Supplier<T> transaction) {
        return retry(transaction, TransientFailures::pause, false);
    }

    /**
     * The same, and a unique key broken by a concurrent insert counts as transient too: for transactions
     * that look for a row and insert it when missing, where the attempt that loses the race finds the
     * winner's row when it runs again (an answer set replaced rather than added, a count updated).
     */
    public static <T> T retryRaces(Supplier<T> transaction) {
        return retry(transaction, TransientFailures::pause, true);
    }

    /** The same, pausing through {@code pauseMillis} between attempts (tests pass one that does not sleep). */
    static <T> T retry(Supplier<T> transaction, LongConsumer pauseMillis) {
        return retry(transaction, pauseMillis, false);
    }

    private static <T> T retry(Supplier<T> transaction, LongConsumer pauseMillis, boolean races) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (RuntimeException failure) {
                if (!isTransient(failure) && !(races && UniqueViolation.in(failure))) {
                    throw failure;
                }
                if (attempt >= ATTEMPTS) {
                    LOG.log(
                            Level.WARNING,
                            "Transient database failure on all " + ATTEMPTS + " attempts; answered 503",
                            failure);
                    throw new ServiceBusy(RETRY_AFTER_SECONDS);
                }
                // Such failures come in clusters: Derby's identity generator, for one, refuses the dozen
                // inserts waiting on it at the same moment. Run again at once, they meet each other again;
                // a short random pause, longer each time, spreads them out.
                pauseMillis.accept(ThreadLocalRandom.current().nextLong(10, 50) * attempt);
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

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
