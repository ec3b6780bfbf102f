package uz.muhokama.testkit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.ConfigProvider;
import uz.muhokama.report.SummarySheetWritten;

/**
 * Fault injection for the cluster's tests: holds the report writer for {@code muhokama.test.job-pause-seconds}
 * once a report's summary sheet is written, so that a test can kill the instance in the middle of the
 * work. Only the test WAR has this observer; the production job just announces its progress.
 */
@ApplicationScoped
public class FaultTestPause {

    void pause(@Observes SummarySheetWritten written) {
        long seconds = ConfigProvider.getConfig()
                .getOptionalValue("muhokama.test.job-pause-seconds", Long.class)
                .orElse(0L);
        if (seconds > 0) {
            try {
                TimeUnit.SECONDS.sleep(seconds);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
