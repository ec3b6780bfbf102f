package uz.muhokama.testkit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uz.muhokama.account.ExpiredTokenPurge;

/** Lets integration tests run the expired-token purge now; test WAR only. */
@ApplicationScoped
@Path("api/v1/test/jobs/tokens")
@Produces(MediaType.APPLICATION_JSON)
public class AccountJobTestResource {

    /** How many expired tokens this run deleted. */
    public record PurgeRun(int deleted) {}

    @Inject
    ExpiredTokenPurge purge;

    @POST
    @Operation(hidden = true)
    public PurgeRun runNow() {
        return new PurgeRun(purge.runOnce());
    }
}
