package uz.muhokama.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uz.muhokama.platform.error.ProblemResponses;
import uz.muhokama.platform.error.WebApplicationExceptionMapper;

/**
 * The error page of {@code web.xml}: what the container refuses itself, before the application sees
 * the request (a form that is not UTF-8, an address it cannot decode, a failure outside JAX-RS), is
 * answered like every other error, problem+json under /api and a page elsewhere, in the caller's
 * language, instead of the container's English page. Asked for directly, it is not found.
 */
@Path(ContainerErrors.PATH)
@ApplicationScoped
public class ContainerErrors {

    static final String PATH = "container-error";
    private static final Logger LOG = Logger.getLogger(ContainerErrors.class.getName());

    @Inject
    ProblemResponses responses;

    @Context
    HttpServletRequest request;

    @GET
    @Operation(hidden = true)
    public Response get() {
        return answer();
    }

    @POST
    @Operation(hidden = true)
    public Response post() {
        return answer();
    }

    @PUT
    @Operation(hidden = true)
    public Response put() {
        return answer();
    }

    @DELETE
    @Operation(hidden = true)
    public Response delete() {
        return answer();
    }

    @PATCH
    @Operation(hidden = true)
    public Response patch() {
        return answer();
    }

    private Response answer() {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer given && given >= 400 ? given : 404;
        if (status >= 500) {
            String incident = UUID.randomUUID().toString();
            LOG.severe("Container failure " + status + " for "
                    + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) + ", incident " + incident + ": "
                    + request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
            return responses.of(500, "problem.unexpected", new Object[] {incident}, List.of());
        }
        return responses.of(status, WebApplicationExceptionMapper.keyFor(status), new Object[0], List.of());
    }
}
