package uz.muhokama.draft;

import uz.muhokama.platform.error.AppException;

/**
 * Publishing was refused by a rule of another feature ({@link PublicationCheck}). A 400, not a 409: the
 * draft is fine as it is, but something the agency must supply first is missing; the message says what.
 */
public class PublicationRefused extends AppException {

    public PublicationRefused(String messageKey, Object... args) {
        super(messageKey, args);
    }

    @Override
    public int status() {
        return 400;
    }
}
