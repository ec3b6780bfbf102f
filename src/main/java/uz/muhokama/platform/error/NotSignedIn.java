package uz.muhokama.platform.error;

/** The action needs a signed-in caller, or the credentials were wrong. */
public class NotSignedIn extends AppException {

    public NotSignedIn() {
        this("problem.not-signed-in");
    }

    public NotSignedIn(String messageKey, Object... args) {
        super(messageKey, args);
    }

    @Override
    public int status() {
        return 401;
    }
}
