package uz.muhokama.testkit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uz.muhokama.notification.DigestJob;
import uz.muhokama.notification.InstantDeliveryJob;

/** Lets integration tests run the notification e-mail jobs now; test WAR only. */
@ApplicationScoped
@Path("api/v1/test/jobs/notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationDeliveryTestResource {

    @Inject
    InstantDeliveryJob instant;

    @Inject
    DigestJob digest;

    @POST
    @Path("instant")
    @Operation(hidden = true)
    public InstantDeliveryJob.Run instantNow() {
        return instant.runOnce();
    }

    @POST
    @Path("digest")
    @Operation(hidden = true)
    public DigestJob.Run digestNow() {
        return digest.runOnce();
    }
}
