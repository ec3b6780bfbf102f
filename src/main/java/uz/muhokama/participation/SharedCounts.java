package uz.muhokama.participation;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uz.muhokama.platform.Internal;
import uz.muhokama.platform.cache.CachePolicy;
import uz.muhokama.platform.cache.Caches;
import uz.muhokama.platform.cache.SharedCache;

/**
 * Counts of a busy draft's comments (per clause, top-level totals), shared by the views of one instance
 * for a moment. Counting reads every comment of the draft: about 20 ms of CPU at 10,000 comments, on
 * every view that is not the anonymous usual page (which is shared whole). Only drafts with at least
 * {@code muhokama.comments.counts-shared-from} comments are shared, so the usual draft is always
 * counted afresh; a change this instance makes (a comment, a withdrawal, a moderation) forgets its
 * draft's counts once committed, and another instance's change shows within
 * {@code muhokama.comments.counts-shared-millis}, or two of them while one view counts again (the
 * others keep the old counts meanwhile rather than all counting at once). The comments themselves are
 * always read afresh.
 */
@ApplicationScoped
@Internal
class SharedCounts {

    @Inject
    Caches caches;

    @Inject
    @ConfigProperty(name = "muhokama.comments.counts-shared-millis", defaultValue = "1000")
    long millis;

    @Inject
    @ConfigProperty(name = "muhokama.comments.counts-shared-from", defaultValue = "1000")
    long sharedFrom;

    private SharedCache<Key, Counted> held;

    private record Key(long draftId, String what) {}

    /** A count and its size, which decides whether it is worth sharing. */
    private record Counted(Object value, long size) {}

    @PostConstruct
    void createCache() {
        held = caches.create(CachePolicy.<Counted>named("comment-counts")
                .withMaxEntries(10_000)
                .withFreshFor(Duration.ofMillis(millis))
                .withRenewedLateBy(Duration.ofMillis(millis))
                .keptIf(counted -> counted.size() >= sharedFrom));
    }

    /** The count {@code what} of the draft: shared while fresh, else counted (and shared if its {@code size} is large). */
    @SuppressWarnings("unchecked")
    <T> T of(long draftId, String what, Supplier<T> count, ToLongFunction<T> size) {
        return (T) held.get(new Key(draftId, what), () -> {
                    T value = count.get();
                    return new Counted(value, size.applyAsLong(value));
                })
                .value();
    }

    /** That a transaction changes a draft's comments; its counts are forgotten when it ends. */
    record Changed(long draftId) {}

    /**
     * Forgets the draft's counts once the change is committed (or not): forgotten earlier, a view
     * between the change and its commit would share the old counts again.
     */
    void forget(@Observes(during = TransactionPhase.AFTER_COMPLETION) Changed change) {
        held.forgetIf(key -> key.draftId() == change.draftId());
    }
}
