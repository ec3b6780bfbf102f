package uz.muhokama.platform.error;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;

/** Bean Validation failures on resource parameters: 400 with every rejected field listed. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Inject
    ProblemResponses responses;

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        List<FieldError> fields = exception.getConstraintViolations().stream()
                .map(v -> new FieldError(
                        lastNode(v.getPropertyPath().toString()), Validation.keyOf(v.getMessageTemplate())))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        return responses.of(400, "problem.invalid-input", new Object[0], fields);
    }

    /** A path like register.arg0.email says nothing to a caller; its last node does. */
    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
