package uz.muhokama.testkit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uz.muhokama.stats.StatsJob;

/** Lets integration tests fold the statistics now (and several times at once); test WAR only. */
@ApplicationScoped
@Path("api/v1/test/jobs/stats")
@Produces(MediaType.APPLICATION_JSON)
public class StatsJobTestResource {

    @Inject
    StatsJob job;

    @POST
    @Operation(hidden = true)
    public StatsJob.Run runNow() {
        return job.runOnce();
    }
}
