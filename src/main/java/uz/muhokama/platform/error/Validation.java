package uz.muhokama.platform.error;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Runs Bean Validation on a command and turns violations into {@link InvalidInput}, so that pages and
 * the API report the same localized field errors.
 */
@ApplicationScoped
public class Validation {

    @Inject
    Validator validator;

    public <T> void check(T command, FieldError... extra) {
        List<FieldError> errors = new ArrayList<>(violations(command));
        errors.addAll(List.of(extra));
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    public <T> List<FieldError> violations(T command) {
        if (command == null) {
            return List.of(new FieldError("body", "validation.body.required"));
        }
        Set<ConstraintViolation<T>> violations = validator.validate(command);
        return violations.stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .map(v -> new FieldError(v.getPropertyPath().toString(), keyOf(v.getMessageTemplate())))
                .toList();
    }

    /** Message templates are written as {@code {key}}; the key is looked up in the caller's language later. */
    static String keyOf(String template) {
        if (template.startsWith("{") && template.endsWith("}")) {
            return template.substring(1, template.length() - 1);
        }
        return template;
    }
}
