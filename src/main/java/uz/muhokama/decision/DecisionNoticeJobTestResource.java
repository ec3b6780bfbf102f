package uz.muhokama.decision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uz.muhokama.draft.Draft;
import uz.muhokama.platform.time.TestMode;

/** Lets integration tests send the due notices to authors now; 404 outside tests. */
@ApplicationScoped
@Path("api/v1/test/jobs/decision-notices")
@Produces(MediaType.APPLICATION_JSON)
public class DecisionNoticeJobTestResource {

    @Inject
    TestMode testMode;

    @Inject
    DecisionNoticeJob job;

    @POST
    @Operation(hidden = true)
    public DecisionNoticeJob.Run runNow(@QueryParam("draft") String draft) {
        testMode.require();
        return job.runOnce(draft == null ? null : Draft.idFromNumber(draft).orElse(-1L));
    }
}
