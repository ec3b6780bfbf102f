package uz.muhokama.testkit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uz.muhokama.notification.EventWatchJob;
import uz.muhokama.notification.FanOutJob;

/**
 * Lets integration tests run the notification jobs that record and fan out now (and several times at
 * once): the watch (closing soon, summaries due, applications waiting), then the fan-out; test WAR only.
 */
@ApplicationScoped
@Path("api/v1/test/jobs/notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationJobTestResource {

    @Inject
    EventWatchJob watch;

    @Inject
    FanOutJob fanOut;

    /** What the two jobs did: the watch's one run, the fan-out's runs until nothing more was due. */
    public record Run(EventWatchJob.Run watch, List<FanOutJob.Run> fanOut) {}

    /**
     * The watch once, then the fan-out until a run finds nothing it fans out or fails (a shared test
     * database may hold events of earlier runs, oldest first), at most 100 runs.
     */
    @POST
    @Path("fan-out")
    @Operation(hidden = true)
    public Run runNow() {
        EventWatchJob.Run watched = watch.runOnce();
        List<FanOutJob.Run> runs = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            FanOutJob.Run run = fanOut.runOnce();
            runs.add(run);
            if (run.fannedOut().isEmpty() && run.failed().isEmpty()) {
                break;
            }
        }
        return new Run(watched, runs);
    }
}
