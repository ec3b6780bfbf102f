package uz.muhokama.discussion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uz.muhokama.platform.time.TestMode;

/** Lets integration tests run the closing job now (and several times at once); 404 outside tests. */
@ApplicationScoped
@Path("api/v1/test/jobs/discussions")
@Produces(MediaType.APPLICATION_JSON)
public class DiscussionJobTestResource {

    /** Drafts whose discussion this run closed. */
    public record JobRun(List<Long> closedDrafts) {}

    @Inject
    TestMode testMode;

    @Inject
    DiscussionClosingJob job;

    @POST
    @Operation(hidden = true)
    public JobRun runNow() {
        testMode.require();
        return new JobRun(job.runOnce());
    }
}
