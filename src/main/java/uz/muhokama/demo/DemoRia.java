package uz.muhokama.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uz.muhokama.platform.persistence.DatabaseReady;

/**
 * A demo assessment, so that the tour shows one: the expanded assessment of the open demo draft of the
 * Ministry of Justice on public discussion. Only with demo data on, after the demo drafts, and only
 * once across instances.
 */
@ApplicationScoped
class DemoRia {

    private static final Logger LOG = Logger.getLogger(DemoRia.class.getName());

    @Inject
    DemoRiaWriter writer;

    @Inject
    @ConfigProperty(name = "muhokama.demo.enabled", defaultValue = "false")
    boolean enabled;

    void seed(@Observes @Priority(450) DatabaseReady ready) {
        if (!enabled) {
            return;
        }
        try {
            writer.seedOnce();
        } catch (RuntimeException anotherInstanceSeeded) {
            LOG.warning("Demo assessment not seeded here (another instance may have done it): "
                    + anotherInstanceSeeded.getClass().getSimpleName());
        }
    }
}
