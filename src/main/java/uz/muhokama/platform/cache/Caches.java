package uz.muhokama.platform.cache;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Builds the portal's caches, each from its {@link CachePolicy}, and shows operators what they do:
 * one log line per cache at start (its bound and how stale it may be) and, at {@code /metrics},
 * {@code muhokama_cache_served}, {@code muhokama_cache_loaded} and {@code muhokama_cache_entries} by
 * {@code cache}. Features declare their caches here instead of writing their own maps.
 */
@ApplicationScoped
public class Caches {

    private static final Logger LOG = Logger.getLogger(Caches.class.getName());

    private static final Metadata SERVED = Metadata.builder()
            .withName("muhokama.cache.served")
            .withDescription("Reads answered from a per-instance cache")
            .build();
    private static final Metadata LOADED = Metadata.builder()
            .withName("muhokama.cache.loaded")
            .withDescription("Reads that loaded afresh (missing, due, or not worth keeping)")
            .build();
    private static final Metadata ENTRIES = Metadata.builder()
            .withName("muhokama.cache.entries")
            .withDescription("Entries a per-instance cache holds")
            .build();

    private final List<SharedCache<?, ?>> created = new CopyOnWriteArrayList<>();

    @Inject
    Clock clock;

    @Inject
    Instance<MetricRegistry> metrics;

    /** For CDI. */
    protected Caches() {}

    /** Outside the server (unit tests, benchmarks): caches judged by this clock, without metrics. */
    public Caches(Clock clock) {
        this.clock = clock;
    }

    /** A new cache kept as {@code policy} says. */
    public <K, V> SharedCache<K, V> create(CachePolicy<V> policy) {
        SharedCache<K, V> cache = new SharedCache<>(policy, clock);
        created.add(cache);
        LOG.info(() -> "cache " + policy.describe());
        if (metrics != null && metrics.isResolvable()) {
            MetricRegistry registry = metrics.get();
            Tag name = new Tag("cache", policy.name());
            for (Metadata metric : List.of(SERVED, LOADED, ENTRIES)) {
                // A bean made again (a redeployment) replaces its cache: its gauges follow the new one.
                registry.remove(new MetricID(metric.getName(), name));
            }
            registry.gauge(SERVED, cache, SharedCache::servedCount, name);
            registry.gauge(LOADED, cache, SharedCache::loadedCount, name);
            registry.gauge(ENTRIES, cache, SharedCache::size, name);
        }
        return cache;
    }

    /** Every cache built so far, for operators' pages and tests. */
    public List<SharedCache<?, ?>> all() {
        return List.copyOf(created);
    }
}
