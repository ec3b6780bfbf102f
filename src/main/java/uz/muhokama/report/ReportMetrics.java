package uz.muhokama.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The report job's counters for operators ({@code /metrics} of each instance, see docs/deployment.md):
 * reports written, and attempts that failed and will be tried again, per kind of work. Counted per
 * instance since its start; the scraper sums the instances.
 */
@ApplicationScoped
public class ReportMetrics {

    private static final Metadata GENERATED = Metadata.builder()
            .withName("muhokama.reports.generated")
            .withDescription("Reports to agencies written by this instance")
            .build();
    private static final Metadata RETRIES = Metadata.builder()
            .withName("muhokama.reports.retries")
            .withDescription(
                    "Attempts that failed and will be tried again: step is report, folder, inbox, email or notice")
            .build();

    @Inject
    MetricRegistry registry;

    void generated() {
        registry.counter(GENERATED).inc();
    }

    /** An attempt failed and waits for its retry; {@code step} names the work. */
    public void retried(String step) {
        registry.counter(RETRIES, new Tag("step", step)).inc();
    }
}
