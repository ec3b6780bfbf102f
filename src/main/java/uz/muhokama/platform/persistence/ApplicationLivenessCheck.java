package uz.muhokama.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive means the application answers at all. Deliberately no database check here: a database outage
 * should take the instance out of rotation (readiness), not get it restarted in a loop.
 */
@Liveness
@ApplicationScoped
class ApplicationLivenessCheck implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.up("application");
    }
}
