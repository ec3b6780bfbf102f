package uz.muhokama.platform.error;

/** The request clashes with the current state, such as a taken e-mail or a closed discussion. */
public class Conflict extends AppException {

    public Conflict() {
        this("problem.conflict");
    }

    public Conflict(String messageKey, Object... args) {
        super(messageKey, args);
    }

    @Override
    public int status() {
        return 409;
    }
}
