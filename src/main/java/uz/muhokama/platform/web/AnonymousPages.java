package uz.muhokama.platform.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uz.muhokama.platform.cache.CachePolicy;
import uz.muhokama.platform.cache.Caches;
import uz.muhokama.platform.cache.SharedCache;

/**
 * Rendered pages shared by anonymous readers for a moment ({@code muhokama.pages.anonymous-cache-millis},
 * a second), per instance: when a popular draft is read by thousands at once, one reader renders it and
 * the others get that copy instead of each reading and rendering the same page. A page is kept from its
 * second request on (most drafts are read far less often than once a moment, and keeping a copy of each
 * only gave the collector large objects to move). When a copy is due, one reader renders it again while
 * the others get the copy for at most one more moment; a copy never outlives the moment its page says
 * it changes (a discussion opening or closing). Signed-in readers are never served from here: they
 * expect to see what they just did.
 */
@ApplicationScoped
public class AnonymousPages {

    /** A rendered page and the moment it stops being right, if it knows one (null: none). */
    public record Rendered(byte[] html, Instant changesAt) {}

    @Inject
    Caches caches;

    @Inject
    @ConfigProperty(name = "muhokama.pages.anonymous-cache-millis", defaultValue = "1000")
    long millis;

    @Inject
    @ConfigProperty(name = "muhokama.pages.anonymous-cache-entries", defaultValue = "2000")
    int maxEntries;

    private SharedCache<String, Rendered> pages;

    @PostConstruct
    void createCache() {
        pages = caches.create(CachePolicy.<Rendered>named("anonymous-pages")
                .withMaxEntries(maxEntries)
                .withFreshFor(Duration.ofMillis(millis))
                .withRenewedLateBy(Duration.ofMillis(millis))
                .keptOnSecondRequest()
                .goodUntil(Rendered::changesAt));
    }

    /** The page under {@code key}: a copy still good at this moment, or one rendered now. */
    public byte[] page(String key, Supplier<Rendered> render) {
        return pages.get(key, render).html();
    }
}
