package uz.muhokama.participation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uz.muhokama.platform.Internal;

/**
 * Counts of a busy draft's comments (per clause, top-level totals), shared by the views of one instance
 * for a moment. Counting reads every comment of the draft: about 20 ms of CPU at 10,000 comments, on
 * every view that is not the anonymous usual page (which is shared whole). Only drafts with at least
 * {@code muhokama.comments.counts-shared-from} comments are shared, so the usual draft is always
 * counted afresh; a change this instance makes (a comment, a withdrawal, a moderation) forgets its
 * draft's counts at once, and another instance's change shows within
 * {@code muhokama.comments.counts-shared-millis}. The comments themselves are always read afresh.
 */
@ApplicationScoped
@Internal
class SharedCounts {

    private static final int MAX_ENTRIES = 10_000;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "muhokama.comments.counts-shared-millis", defaultValue = "1000")
    long millis;

    @Inject
    @ConfigProperty(name = "muhokama.comments.counts-shared-from", defaultValue = "1000")
    long sharedFrom;

    private final Map<Key, Held> held = new ConcurrentHashMap<>();

    private record Key(long draftId, String what) {}

    /** A shared count; {@code refreshing} is claimed by the one view that counts it again. */
    private record Held(Object value, Instant until, java.util.concurrent.atomic.AtomicBoolean refreshing) {}

    /**
     * The count {@code what} of the draft: shared while fresh, else counted, and shared when its
     * {@code size} reaches the threshold. When a shared count expires, one view counts it again while
     * the others keep the old one for as long as that takes, up to one more moment: busy drafts are
     * read by many at once, and each counting them at the same moment would stall them all.
     */
    @SuppressWarnings("unchecked")
    <T> T of(long draftId, String what, Supplier<T> count, ToLongFunction<T> size) {
        Key key = new Key(draftId, what);
        Instant now = clock.instant();
        Held shared = held.get(key);
        if (shared != null && now.isBefore(shared.until().minusMillis(millis))) {
            shared = null; // the clock was set back (tests move it): never keep counts from the future
        }
        boolean fresh = shared != null && now.isBefore(shared.until());
        // As with shared pages, the old counts outlive their moment by at most one more, while one view recounts.
        boolean late = shared != null && !fresh && now.isBefore(shared.until().plusMillis(millis));
        if (fresh || (late && !shared.refreshing().compareAndSet(false, true))) {
            return (T) shared.value();
        }
        T value;
        try {
            value = count.get();
        } catch (RuntimeException e) {
            if (late) {
                shared.refreshing().set(false); // claimed above: let the next view try
            }
            throw e;
        }
        if (millis > 0 && size.applyAsLong(value) >= sharedFrom) {
            if (held.size() >= MAX_ENTRIES) {
                held.values().removeIf(h -> !now.isBefore(h.until()) && !h.refreshing().get());
                if (held.size() >= MAX_ENTRIES) {
                    held.clear();
                }
            }
            held.put(key, new Held(value, clock.instant().plusMillis(millis), new java.util.concurrent.atomic.AtomicBoolean()));
        } else if (shared != null) {
            held.remove(key);
        }
        return value;
    }

    /** That a transaction changes a draft's comments; its counts are forgotten when it ends. */
    record Changed(long draftId) {}

    /**
     * Forgets the draft's counts once the change is committed (or not): forgotten earlier, a view
     * between the change and its commit would share the old counts again.
     */
    void forget(@Observes(during = TransactionPhase.AFTER_COMPLETION) Changed change) {
        held.keySet().removeIf(key -> key.draftId() == change.draftId());
    }
}
