package uz.muhokama.discussion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

/** Counts the discussions this instance closed, once each closing has committed ({@code /metrics}). */
@ApplicationScoped
class DiscussionMetrics {

    private static final Metadata CLOSED = Metadata.builder()
            .withName("muhokama.discussions.closed")
            .withDescription("Discussions closed by this instance's closing job")
            .build();

    @Inject
    MetricRegistry registry;

    void closed(@Observes(during = TransactionPhase.AFTER_SUCCESS) DiscussionClosed event) {
        registry.counter(CLOSED).inc();
    }
}
