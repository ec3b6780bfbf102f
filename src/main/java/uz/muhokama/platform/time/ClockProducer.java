package uz.muhokama.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The one source of time: every bean asks the injected {@link Clock}, never the system directly. */
@ApplicationScoped
public class ClockProducer {

    private final AdjustableClock clock = new AdjustableClock(Clock.systemUTC());

    @Produces
    Clock clock() {
        return clock;
    }

    AdjustableClock adjustable() {
        return clock;
    }
}
