package uz.muhokama.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uz.muhokama.platform.persistence.DatabaseReady;

/**
 * Demo answers, so that the tour shows the surveys: the demo expert's expertise and a few general
 * survey answers on the open demo draft of the Ministry of Justice, and several experts' and citizens'
 * answers on the closed demo draft, whose results are public. Only with demo data on, after the demo
 * drafts, and only once across instances.
 */
@ApplicationScoped
class DemoSurveys {

    private static final Logger LOG = Logger.getLogger(DemoSurveys.class.getName());

    @Inject
    DemoSurveyWriter writer;

    @Inject
    @ConfigProperty(name = "muhokama.demo.enabled", defaultValue = "false")
    boolean enabled;

    void seed(@Observes @Priority(400) DatabaseReady ready) {
        if (!enabled) {
            return;
        }
        try {
            writer.seedOnce();
        } catch (RuntimeException anotherInstanceSeeded) {
            LOG.warning("Demo survey answers not seeded here (another instance may have done it): "
                    + anotherInstanceSeeded.getClass().getSimpleName());
        }
    }
}
