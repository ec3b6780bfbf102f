package uz.muhokama.platform.error;

import java.util.Map;

/**
 * The request was fine but the database kept refusing it for a passing reason (lock contention, say):
 * nothing was stored, and the caller may send it again after {@code Retry-After} seconds. 503, not 500:
 * it is neither the caller's mistake nor a fault to investigate.
 */
public class ServiceBusy extends AppException {

    private final long retryAfterSeconds;

    public ServiceBusy(long retryAfterSeconds) {
        super("problem.busy");
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    @Override
    public Map<String, String> headers() {
        return Map.of("Retry-After", Long.toString(retryAfterSeconds));
    }

    @Override
    public int status() {
        return 503;
    }
}
