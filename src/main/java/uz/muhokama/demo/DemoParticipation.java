package uz.muhokama.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uz.muhokama.platform.persistence.DatabaseReady;

/**
 * Demo comments, a reply and votes on the open demo draft of the Ministry of Justice, so the tour
 * shows participation. Only with demo data on, after the demo drafts, and only once across instances.
 */
@ApplicationScoped
class DemoParticipation {

    private static final Logger LOG = Logger.getLogger(DemoParticipation.class.getName());

    @Inject
    DemoParticipationWriter writer;

    @Inject
    @ConfigProperty(name = "muhokama.demo.enabled", defaultValue = "false")
    boolean enabled;

    void seed(@Observes @Priority(300) DatabaseReady ready) {
        if (!enabled) {
            return;
        }
        try {
            writer.seedOnce();
        } catch (RuntimeException anotherInstanceSeeded) {
            LOG.warning("Demo participation not seeded here (another instance may have done it): "
                    + anotherInstanceSeeded.getClass().getSimpleName());
        }
    }
}
