package uz.muhokama.testkit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uz.muhokama.decision.DecisionNoticeJob;
import uz.muhokama.draft.DraftNumber;

/** Lets integration tests send the due notices to authors now, for one draft's if named; test WAR only. */
@ApplicationScoped
@Path("api/v1/test/jobs/decision-notices")
@Produces(MediaType.APPLICATION_JSON)
public class DecisionNoticeJobTestResource {

    @Inject
    DecisionNoticeJob job;

    @POST
    @Operation(hidden = true)
    public DecisionNoticeJob.Run runNow(@QueryParam("draft") String draft) {
        return job.runOnce(draft == null ? null : DraftNumber.idFrom(draft).orElse(-1L));
    }
}
