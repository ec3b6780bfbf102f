package uz.muhokama.platform.error;

import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** JSON-B may surface a malformed body directly rather than wrapped: still the caller's mistake. */
@Provider
public class JsonbExceptionMapper implements ExceptionMapper<JsonbException> {

    @Inject
    ProblemResponses responses;

    @Override
    public Response toResponse(JsonbException exception) {
        return responses.of(400, "problem.malformed-request", new Object[0], List.of());
    }
}
