package uz.muhokama.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uz.muhokama.platform.error.ResourceNotFound;

/**
 * Test-only endpoints (move the clock, run a job now) exist only when
 * {@code muhokama.test-clock.enabled=true}, which only the test build sets; otherwise they are 404.
 */
@ApplicationScoped
public class TestMode {

    @Inject
    @ConfigProperty(name = "muhokama.test-clock.enabled", defaultValue = "false")
    boolean enabled;

    public void require() {
        if (!enabled) {
            throw new ResourceNotFound();
        }
    }
}
