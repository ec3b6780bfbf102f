package uz.muhokama.platform.error;

/** The caller tried too often; it must wait before trying again. */
public class TooManyAttempts extends AppException {

    public TooManyAttempts() {
        this("problem.too-many-attempts");
    }

    public TooManyAttempts(String messageKey, Object... args) {
        super(messageKey, args);
    }

    @Override
    public int status() {
        return 429;
    }
}
