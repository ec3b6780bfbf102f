package uz.muhokama.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Rendered pages shared by anonymous readers for up to a moment (a second by default), per instance:
 * when a popular draft is read by thousands at once, one reader renders it and the others get that copy
 * instead of each reading and rendering the same page. A page is kept from its second reading within
 * the moment on. Signed-in readers are never served from here (they
 * expect to see what they just did), and a copy never outlives the moment its page says will change
 * (a discussion opening or closing). When a copy is due, one reader renews it while the others still
 * get the copy a moment old. Every instance keeps its own: what it holds is never older than the limit.
 */
@ApplicationScoped
public class AnonymousPages {

    /** A rendered page and the moment it stops being right, if it knows one (null: none). */
    public record Rendered(byte[] html, Instant changesAt) {}

    /** {@code lateAllowed}: whether, once due, the copy may still be served while one reader renews it. */
    private record Copy(Instant until, Instant renderedAt, byte[] html, boolean lateAllowed, AtomicBoolean renewing) {}

    private final Map<String, Copy> copies = new ConcurrentHashMap<>();

    /**
     * When each page was last rendered without being kept. A copy is kept only for a page read again
     * within the moment: most drafts are read far less often, and keeping a copy of each would only
     * give the garbage collector large objects to move (it lengthened every pause when readers went
     * through the whole archive).
     */
    private final Map<String, Instant> readOnce = new ConcurrentHashMap<>();

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "muhokama.pages.anonymous-cache-millis", defaultValue = "1000")
    long millis;

    @Inject
    @ConfigProperty(name = "muhokama.pages.anonymous-cache-entries", defaultValue = "2000")
    int maxEntries;

    /** The page under {@code key}: a copy still good at this moment, or one rendered now. */
    public byte[] page(String key, Supplier<Rendered> render) {
        if (millis <= 0) {
            return render.get().html();
        }
        Instant now = clock.instant();
        Copy copy = copies.get(key);
        if (copy != null && now.isBefore(copy.renderedAt())) {
            copy = null; // the clock was set back (tests move it): never serve a copy from the future
        }
        boolean stillGood = copy != null && now.isBefore(copy.until());
        boolean late = copy != null && !stillGood && copy.lateAllowed() && now.isBefore(copy.until().plusMillis(millis));
        if (stillGood || (late && !copy.renewing().compareAndSet(false, true))) {
            return copy.html();
        }
        Rendered fresh;
        try {
            fresh = render.get();
        } catch (RuntimeException failed) {
            if (copy != null) {
                copy.renewing().set(false);
            }
            throw failed;
        }
        Instant until = now.plusMillis(millis);
        boolean lateAllowed = true;
        if (fresh.changesAt() != null && !fresh.changesAt().isAfter(until.plusMillis(millis))) {
            // Past the moment the page changes, no reader may get the old copy, not even while renewing.
            until = fresh.changesAt().isBefore(until) ? fresh.changesAt() : until;
            lateAllowed = false;
        }
        Instant before = readOnce.put(key, now);
        boolean readAgain = copy != null || (before != null && !now.isBefore(before) && now.isBefore(before.plusMillis(millis)));
        if (!readAgain) {
            if (readOnce.size() > maxEntries * 4) {
                readOnce.clear();
            }
            return fresh.html();
        }
        if (copies.size() >= maxEntries) {
            copies.clear(); // rare, and cheaper than tracking use: every copy is a moment old at most
        }
        copies.put(key, new Copy(until, now, fresh.html(), lateAllowed, new AtomicBoolean()));
        return fresh.html();
    }
}
