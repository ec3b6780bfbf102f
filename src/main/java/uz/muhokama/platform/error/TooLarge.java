package uz.muhokama.platform.error;

/** The request body is larger than the portal accepts. */
public class TooLarge extends AppException {

    public TooLarge() {
        super("problem.too-large");
    }

    /** With a message saying what the limit is. */
    public TooLarge(String messageKey, Object... args) {
        super(messageKey, args);
    }

    @Override
    public int status() {
        return 413;
    }
}
