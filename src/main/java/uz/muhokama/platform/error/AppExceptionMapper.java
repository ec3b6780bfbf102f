package uz.muhokama.platform.error;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Domain failures become problem details (API) or error pages, with their own status. */
@Provider
public class AppExceptionMapper implements ExceptionMapper<AppException> {

    @Inject
    ProblemResponses responses;

    @Override
    public Response toResponse(AppException failure) {
        return responses.of(failure);
    }
}
