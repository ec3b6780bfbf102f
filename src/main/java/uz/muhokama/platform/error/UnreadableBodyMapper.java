package uz.muhokama.platform.error;

import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** A body that is not valid JSON, or JSON of the wrong shape, is the caller's mistake: 400, not 500. */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

    @Inject
    ProblemResponses responses;

    @Override
    public Response toResponse(ProcessingException exception) {
        return responses.of(400, "problem.malformed-request", new Object[0], List.of());
    }
}
