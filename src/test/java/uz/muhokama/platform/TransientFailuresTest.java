package uz.muhokama.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import uz.muhokama.platform.persistence.TransientFailures;

/** A lock timeout or deadlock runs the transaction again; any other failure does not. */
class TransientFailuresTest {

    @Test
    void aLockTimeoutIsRetriedAndTheSecondAttemptCounts() {
        AtomicInteger attempts = new AtomicInteger();
        String result = TransientFailures.retry(() -> {
            if (attempts.incrementAndGet() == 1) {
                throw new IllegalStateException("flush failed",
                        new SQLTransactionRollbackException("A lock could not be obtained within the time requested", "40XL1"));
            }
            return "stored";
        });
        assertEquals("stored", result);
        assertEquals(2, attempts.get());
    }

    @Test
    void otherFailuresAndEndlessTimeoutsAreNotHidden() {
        AtomicInteger attempts = new AtomicInteger();
        assertThrows(IllegalArgumentException.class, () -> TransientFailures.retry(() -> {
            attempts.incrementAndGet();
            throw new IllegalArgumentException("bad input");
        }));
        assertEquals(1, attempts.get());
        AtomicInteger stuck = new AtomicInteger();
        assertThrows(IllegalStateException.class, () -> TransientFailures.retry(() -> {
            stuck.incrementAndGet();
            throw new IllegalStateException(new SQLException("deadlock", "40001"));
        }));
        assertEquals(3, stuck.get());
    }
}
