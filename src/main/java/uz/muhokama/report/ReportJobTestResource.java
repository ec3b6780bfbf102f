package uz.muhokama.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uz.muhokama.platform.time.TestMode;

/**
 * Lets integration tests run the report job now (and several times at once); 404 outside tests. Also
 * holds the writer once a report's summary sheet is written, for {@code muhokama.test.job-pause-seconds}
 * in test mode only, so that a fault test can stop the instance in the middle of a report.
 */
@ApplicationScoped
@Path("api/v1/test/jobs/reports")
@Produces(MediaType.APPLICATION_JSON)
public class ReportJobTestResource {

    @Inject
    TestMode testMode;

    @Inject
    ReportJob job;

    void pauseForFaultTests(@Observes SummarySheetWritten written) {
        testMode.pauseForFaultTests();
    }

    @POST
    @Operation(hidden = true)
    public ReportJob.Run runNow(@QueryParam("draft") String draft) {
        testMode.require();
        return job.runOnce(draft == null ? null : uz.muhokama.draft.Draft.idFromNumber(draft).orElse(-1L));
    }
}
