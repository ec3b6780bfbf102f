package uz.muhokama.testkit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uz.muhokama.draft.DraftNumber;
import uz.muhokama.report.ReportJob;

/** Lets integration tests run the report job now (and several times at once), for one draft's report if named; test WAR only. */
@ApplicationScoped
@Path("api/v1/test/jobs/reports")
@Produces(MediaType.APPLICATION_JSON)
public class ReportJobTestResource {

    @Inject
    ReportJob job;

    @POST
    @Operation(hidden = true)
    public ReportJob.Run runNow(@QueryParam("draft") String draft) {
        return job.runOnce(draft == null ? null : DraftNumber.idFrom(draft).orElse(-1L));
    }
}
