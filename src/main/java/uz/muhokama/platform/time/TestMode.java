package uz.muhokama.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uz.muhokama.platform.error.ResourceNotFound;

/**
 * What is left of the test hooks in the production WAR, until the report feature's move: the report job's
 * fault-test pause and {@code report.ReportJobTestResource}, which answers 404 unless
 * {@code muhokama.test-clock.enabled=true}. Every other hook, and the settable clock, live in
 * {@code uz.muhokama.testkit}, which only the test WAR contains. Once the report job's pause is an observer
 * and its test resource sits in the testkit, this class and the flag go.
 */
@ApplicationScoped
public class TestMode {

    @Inject
    @ConfigProperty(name = "muhokama.test-clock.enabled", defaultValue = "false")
    boolean enabled;

    /**
     * Fault injection for the cluster tests: pauses a job for {@code muhokama.test.job-pause-seconds}
     * where it calls this (the report job, once its summary sheet is written), so that a test can kill
     * the instance in the middle of the work. Nothing happens outside test mode or when it is 0.
     */
    public void pauseForFaultTests() {
        if (!enabled) {
            return;
        }
        long seconds = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue("muhokama.test.job-pause-seconds", Long.class).orElse(0L);
        if (seconds > 0) {
            try {
                Thread.sleep(seconds * 1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public void require() {
        if (!enabled) {
            throw new ResourceNotFound();
        }
    }
}
