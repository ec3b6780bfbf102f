package uz.muhokama.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The one source of time: every bean asks the injected {@link Clock}, never the system directly. The test
 * WAR replaces it with a clock its tests can move (a CDI alternative in {@code uz.muhokama.testkit}).
 */
@ApplicationScoped
class ClockProducer {

    @Produces
    Clock clock() {
        return Clock.systemUTC();
    }
}
