package uz.muhokama.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import uz.muhokama.platform.error.ServiceBusy;

/** A lock timeout or deadlock runs the transaction again after a short pause; any other failure does not. */
class TransientFailuresTest {

    private final List<Long> pauses = new ArrayList<>();

    private static RuntimeException lockTimeout() {
        return new IllegalStateException(
                "flush failed",
                new SQLTransactionRollbackException("A lock could not be obtained within the time requested", "40XL1"));
    }

    @Test
    void aLockTimeoutIsRetriedAfterAShortPauseAndTheSecondAttemptCounts() {
        AtomicInteger attempts = new AtomicInteger();
        String result = TransientFailures.retry(
                () -> {
                    if (attempts.incrementAndGet() == 1) {
                        throw lockTimeout();
                    }
                    return "stored";
                },
                pauses::add);
        assertEquals("stored", result);
        assertEquals(2, attempts.get());
        assertEquals(1, pauses.size());
        assertTrue(pauses.get(0) >= 10 && pauses.get(0) < 50, "paused " + pauses.get(0) + " ms");
    }

    @Test
    void otherFailuresAreNotHiddenNorRetried() {
        AtomicInteger attempts = new AtomicInteger();
        assertThrows(
                IllegalArgumentException.class,
                () -> TransientFailures.retry(
                        () -> {
                            attempts.incrementAndGet();
                            throw new IllegalArgumentException("bad input");
                        },
                        pauses::add));
        assertEquals(1, attempts.get());
        assertTrue(pauses.isEmpty());
    }

    @Test
    void aDatabaseThatKeepsRefusingEndsAsServiceBusyWithRetryAfterNotAsAnError() {
        AtomicInteger stuck = new AtomicInteger();
        ServiceBusy busy = assertThrows(
                ServiceBusy.class,
                () -> TransientFailures.retry(
                        () -> {
                            stuck.incrementAndGet();
                            throw new IllegalStateException(new SQLException("deadlock", "40001"));
                        },
                        pauses::add));
        assertEquals(TransientFailures.ATTEMPTS, stuck.get());
        assertEquals(503, busy.status());
        assertEquals("2", busy.headers().get("Retry-After"));
        assertEquals("problem.busy", busy.messageKey());
        assertEquals(TransientFailures.ATTEMPTS - 1, pauses.size());
        assertTrue(pauses.get(2) >= 30, "each pause may be longer than the last: " + pauses);
    }
}
