package uz.muhokama.platform.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TooManyAttemptsTest {

    @Test
    void aUsedUpQuotaIsStatedInTheIetfFieldsBesideRetryAfter() {
        TooManyAttempts refused =
                new TooManyAttempts(RateLimit.exhausted("comments", 10, 60, 42), "comment.too-many", 42);
        assertEquals(429, refused.status());
        assertEquals(
                Map.of(
                        "Retry-After",
                        "42",
                        "RateLimit-Policy",
                        "\"comments\";q=10;w=60",
                        "RateLimit",
                        "\"comments\";r=0;t=42"),
                refused.headers());
    }

    @Test
    void theWaitIsAtLeastOneSecond() {
        TooManyAttempts refused = new TooManyAttempts(RateLimit.exhausted("flags", 20, 3600, 0), "flag.too-many", 0);
        assertEquals("1", refused.headers().get("Retry-After"));
        assertEquals("\"flags\";r=0;t=1", refused.headers().get("RateLimit"));
    }

    @Test
    void theEarlierConstructorsStillSayWhatTheyKnow() {
        assertEquals(Map.of("Retry-After", "5"), new TooManyAttempts(5, "comment.too-many", 5).headers());
        assertEquals(Map.of(), new TooManyAttempts().headers());
    }

    @Test
    void aPolicyNameIsAToken() {
        assertThrows(IllegalArgumentException.class, () -> RateLimit.exhausted("comments\";q=1", 10, 60, 1));
    }
}
