package uz.muhokama.platform.error;

/** The thing asked for does not exist (or is not visible to the caller). */
public class ResourceNotFound extends AppException {

    public ResourceNotFound() {
        this("problem.not-found");
    }

    public ResourceNotFound(String messageKey, Object... args) {
        super(messageKey, args);
    }

    @Override
    public int status() {
        return 404;
    }
}
