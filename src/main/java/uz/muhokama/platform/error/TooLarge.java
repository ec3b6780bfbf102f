package uz.muhokama.platform.error;

/** The request body is larger than the portal accepts. */
public class TooLarge extends AppException {

    public TooLarge() {
        super("problem.too-large");
    }

    @Override
    public int status() {
        return 413;
    }
}
