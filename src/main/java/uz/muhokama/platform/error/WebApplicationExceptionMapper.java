package uz.muhokama.platform.error;

import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * The JAX-RS runtime's own refusals (unknown route, wrong method, unsupported media type, unreadable
 * body) in the same localized shape as every other error.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Inject
    ProblemResponses responses;

    @Override
    public Response toResponse(WebApplicationException exception) {
        int status =
                exception.getResponse() == null ? 500 : exception.getResponse().getStatus();
        if (status < 400) {
            return exception.getResponse();
        }
        return responses.of(status, keyFor(status), new Object[0], List.of());
    }

    public static String keyFor(int status) {
        return switch (status) {
            case 400 -> "problem.malformed-request";
            case 401 -> "problem.not-signed-in";
            case 403 -> "problem.forbidden";
            case 404 -> "problem.not-found";
            case 405 -> "problem.method-not-allowed";
            case 406 -> "problem.not-acceptable";
            case 413 -> "problem.too-large";
            case 415 -> "problem.unsupported-media-type";
            default -> status >= 500 ? "problem.unexpected" : "problem.malformed-request";
        };
    }
}
