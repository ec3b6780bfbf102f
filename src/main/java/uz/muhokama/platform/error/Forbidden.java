package uz.muhokama.platform.error;

/** The caller is known but lacks the role or ownership the action needs. */
public class Forbidden extends AppException {

    public Forbidden() {
        this("problem.forbidden");
    }

    public Forbidden(String messageKey, Object... args) {
        super(messageKey, args);
    }

    @Override
    public int status() {
        return 403;
    }
}
