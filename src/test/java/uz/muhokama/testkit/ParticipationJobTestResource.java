package uz.muhokama.testkit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uz.muhokama.participation.ActivityTally;

/** Lets integration tests recount every draft's comments now; test WAR only. */
@ApplicationScoped
@Path("api/v1/test/jobs/comment-tally")
@Produces(MediaType.APPLICATION_JSON)
public class ParticipationJobTestResource {

    /** How many drafts this run recounted. */
    public record TallyRun(int drafts) {}

    @Inject
    ActivityTally tally;

    @POST
    @Operation(hidden = true)
    public TallyRun runNow() {
        return new TallyRun(tally.recount(Instant.EPOCH));
    }
}
