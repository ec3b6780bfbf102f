package uz.muhokama.platform.error;

import java.util.List;

/** The input broke one or more rules; each broken rule names its field. */
public class InvalidInput extends AppException {

    private final transient List<FieldError> errors;

    public InvalidInput(List<FieldError> errors) {
        super("problem.invalid-input");
        this.errors = List.copyOf(errors);
    }

    public InvalidInput(String field, String messageKey, Object... args) {
        this(List.of(new FieldError(field, messageKey, args)));
    }

    @Override
    public int status() {
        return 400;
    }

    @Override
    public List<FieldError> fieldErrors() {
        return errors;
    }
}
