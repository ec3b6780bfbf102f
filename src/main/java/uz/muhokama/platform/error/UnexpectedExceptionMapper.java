package uz.muhokama.platform.error;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Our own bugs: logged with an incident number the caller can quote, answered with a plain 500 that
 * shows no stack trace and no internals.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Inject
    ProblemResponses responses;

    @Override
    public Response toResponse(Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof AppException known) {
            return responses.of(known);
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure, incident " + incident, failure);
        return responses.of(500, "problem.unexpected", new Object[] {incident}, List.of());
    }

    /** Transactional interceptors and CDI may wrap a domain failure; find it. */
    private static Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        for (int depth = 0; current != null && depth < 10; depth++) {
            if (current instanceof AppException) {
                return current;
            }
            current = current.getCause();
        }
        return failure;
    }
}
