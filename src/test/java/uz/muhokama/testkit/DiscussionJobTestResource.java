package uz.muhokama.testkit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uz.muhokama.discussion.DiscussionClosingJob;

/** Lets integration tests run the closing job now (and several times at once); test WAR only. */
@ApplicationScoped
@Path("api/v1/test/jobs/discussions")
@Produces(MediaType.APPLICATION_JSON)
public class DiscussionJobTestResource {

    /** Drafts whose discussion this run closed. */
    public record JobRun(List<Long> closedDrafts) {}

    @Inject
    DiscussionClosingJob job;

    @POST
    @Operation(hidden = true)
    public JobRun runNow() {
        return new JobRun(job.runOnce());
    }
}
