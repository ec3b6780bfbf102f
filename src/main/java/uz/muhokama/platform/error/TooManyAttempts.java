package uz.muhokama.platform.error;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The caller tried too often; it must wait before trying again. Said in {@code Retry-After} when the wait
 * is known, and with the quota it ran out of ({@link RateLimit}) in the {@code RateLimit-Policy} and
 * {@code RateLimit} fields when the limit is known.
 */
public class TooManyAttempts extends AppException {

    private final long retryAfterSeconds;
    private final transient RateLimit limit;

    public TooManyAttempts() {
        this("problem.too-many-attempts");
    }

    public TooManyAttempts(String messageKey, Object... args) {
        super(messageKey, args);
        this.retryAfterSeconds = 0;
        this.limit = null;
    }

    /** Too many within a window; the caller may try again after so many seconds (at least one). */
    public TooManyAttempts(long retryAfterSeconds, String messageKey, Object... args) {
        super(messageKey, args);
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
        this.limit = null;
    }

    /** This quota is used up; the caller may try again when some of it comes back. */
    public TooManyAttempts(RateLimit limit, String messageKey, Object... args) {
        super(messageKey, args);
        this.retryAfterSeconds = limit.resetSeconds();
        this.limit = limit;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    @Override
    public Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        if (retryAfterSeconds > 0) {
            headers.put("Retry-After", Long.toString(retryAfterSeconds));
        }
        if (limit != null) {
            headers.put(RateLimit.POLICY_HEADER, limit.policyField());
            headers.put(RateLimit.HEADER, limit.limitField());
        }
        return headers;
    }

    @Override
    public int status() {
        return 429;
    }
}
