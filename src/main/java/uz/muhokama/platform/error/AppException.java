package uz.muhokama.platform.error;

import java.util.List;
import java.util.Map;

/**
 * A failure the caller can understand and act on. It carries a message key, not a sentence, so that
 * the edge can say it in the caller's language; the subclasses say what kind of failure it is.
 */
public abstract class AppException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    protected AppException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args == null ? new Object[0] : args.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }

    /** HTTP status this failure maps to at the edge. */
    public abstract int status();

    /** Response headers the caller needs to act on the failure, such as {@code Retry-After}. */
    public Map<String, String> headers() {
        return Map.of();
    }

    /** Per-field problems, for failures of input validation. */
    public List<FieldError> fieldErrors() {
        return List.of();
    }
}
