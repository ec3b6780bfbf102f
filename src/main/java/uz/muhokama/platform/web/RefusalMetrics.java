package uz.muhokama.platform.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Counts the requests this instance refused for load rather than for the caller's mistake: 429 (a
 * person's share used up) and 503 (the database busy, try again), by status ({@code /metrics}). A rise
 * in either is what an operator is paged for; Liberty's own metrics give request rates and latencies.
 */
@Provider
public class RefusalMetrics implements ContainerResponseFilter {

    private static final Metadata REFUSALS = Metadata.builder()
            .withName("muhokama.refusals")
            .withDescription("Requests refused with 429 (too many) or 503 (busy, retry)")
            .build();

    @Inject
    MetricRegistry registry;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        if (status == 429 || status == 503) {
            registry.counter(REFUSALS, new Tag("status", String.valueOf(status)))
                    .inc();
        }
    }
}
