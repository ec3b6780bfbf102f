package uz.muhokama.testkit;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;
import java.time.Clock;

/**
 * The test WAR's clock: real time plus an offset the tests set ({@link TestClockResource}), so that a story
 * moves time instead of sleeping. An enabled alternative, it replaces the production {@code ClockProducer}'s
 * system clock for every bean that injects {@link Clock}; only the test WAR contains it.
 */
@ApplicationScoped
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
public class SettableClock {

    private final AdjustableClock clock = new AdjustableClock(Clock.systemUTC());

    @Produces
    Clock clock() {
        return clock;
    }

    AdjustableClock adjustable() {
        return clock;
    }
}
