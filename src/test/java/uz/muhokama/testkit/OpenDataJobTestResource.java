package uz.muhokama.testkit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uz.muhokama.opendata.OpenDataJob;

/** Lets integration tests run the open data job for a slot now (and several times at once); test WAR only. */
@ApplicationScoped
@Path("api/v1/test/jobs/open-data")
@Produces(MediaType.APPLICATION_JSON)
public class OpenDataJobTestResource {

    @Inject
    OpenDataJob job;

    @Inject
    Clock clock;

    @POST
    @Operation(hidden = true)
    public OpenDataJob.Run runNow(@QueryParam("slot") String slot) {
        return job.runSlot(slot == null || slot.isBlank() ? job.dueSlot(clock.instant()) : slot);
    }
}
