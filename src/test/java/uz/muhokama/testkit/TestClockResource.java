package uz.muhokama.testkit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Lets integration tests read and move the server's clock ({@link SettableClock}). */
@ApplicationScoped
@Path("api/v1/test/clock")
@Produces(MediaType.APPLICATION_JSON)
public class TestClockResource {

    public record ClockState(Instant now, long offsetSeconds) {}

    public record ClockShift(long offsetSeconds) {}

    @Inject
    SettableClock clocks;

    @GET
    @Operation(hidden = true)
    public ClockState now() {
        return state();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public ClockState shift(ClockShift shift) {
        clocks.adjustable().setOffset(Duration.ofSeconds(shift == null ? 0 : shift.offsetSeconds()));
        return state();
    }

    private ClockState state() {
        AdjustableClock clock = clocks.adjustable();
        return new ClockState(clock.instant(), clock.offset().toSeconds());
    }
}
