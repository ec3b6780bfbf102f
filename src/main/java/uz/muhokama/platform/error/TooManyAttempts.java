package uz.muhokama.platform.error;

import java.util.Map;

/** The caller tried too often; it must wait before trying again (said in {@code Retry-After} when known). */
public class TooManyAttempts extends AppException {

    private final long retryAfterSeconds;

    public TooManyAttempts() {
        this("problem.too-many-attempts");
    }

    public TooManyAttempts(String messageKey, Object... args) {
        super(messageKey, args);
        this.retryAfterSeconds = 0;
    }

    /** Too many within a window; the caller may try again after so many seconds (at least one). */
    public TooManyAttempts(long retryAfterSeconds, String messageKey, Object... args) {
        super(messageKey, args);
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    @Override
    public Map<String, String> headers() {
        return retryAfterSeconds > 0 ? Map.of("Retry-After", Long.toString(retryAfterSeconds)) : Map.of();
    }

    @Override
    public int status() {
        return 429;
    }
}
