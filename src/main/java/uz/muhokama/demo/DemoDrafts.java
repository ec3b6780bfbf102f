package uz.muhokama.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uz.muhokama.platform.persistence.DatabaseReady;

/**
 * Demo drafts of several agencies across sectors, relative to the first start: two open (one
 * extended, with two versions), one scheduled, one closed, one withdrawn. Only with demo data on
 * ({@code muhokama.demo.enabled}), after the demo accounts, and only once across instances.
 */
@ApplicationScoped
class DemoDrafts {

    private static final Logger LOG = Logger.getLogger(DemoDrafts.class.getName());

    @Inject
    DemoDraftWriter writer;

    @Inject
    @ConfigProperty(name = "muhokama.demo.enabled", defaultValue = "false")
    boolean enabled;

    void seed(@Observes @Priority(200) DatabaseReady ready) {
        if (!enabled) {
            return;
        }
        try {
            writer.seedOnce();
            writer.seedCyrillicOnce();
        } catch (RuntimeException anotherInstanceSeeded) {
            LOG.warning("Demo drafts not seeded here (another instance may have done it): "
                    + anotherInstanceSeeded.getClass().getSimpleName());
        }
    }
}
