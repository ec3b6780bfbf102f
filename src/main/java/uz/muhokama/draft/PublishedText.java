package uz.muhokama.draft;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uz.muhokama.platform.Internal;

/**
 * The text of published drafts, kept per instance. A published version is never changed (an edit
 * makes a new version), and the list of versions changes only with the draft's current version
 * number, so both are safe to keep without invalidation even when several instances share one
 * database. Unpublished drafts are edited in place and are always read from the database.
 * The draft row itself, the discussion and the attachments change and are read on every view.
 */
@ApplicationScoped
@Internal
class PublishedText {

    /**
     * Sixteen bits per entry: the filter starts again when half of them are set, so it remembers the
     * last four times the cache's size in versions read, and wrongly says "read before" of about one
     * version in ten (SecondRequestFilterTest).
     */
    private static final int FILTER_BITS_PER_ENTRY = 16;

    private final Map<String, Object> entries;

    /** Keys in the order they were kept, oldest first: the next to be let go when full. */
    private final Queue<String> keptOrder;

    private final int capacity;

    /** Which versions were read recently: a version is kept the second time it is read, not the first. */
    private final SecondRequestFilter readBefore;

    /**
     * A lock-free map, let go of oldest-first when full. Why not least-recently-read: that order
     * changes on every read, so it needs one lock for all readers, and under load page views queued on
     * it for 10-50 ms (docs/benchmarks.md). Published text never changes, so letting a popular version
     * go only costs one more read of it. Why only on a second read: when views are spread over far
     * more drafts than fit (a national archive; the benchmark's 100,000), keeping each first read let
     * go of one entry per view, so a version read often could be pushed out by a stream of versions
     * read once, and every one of those short-lived entries was upkeep and young-collection copying
     * for nothing. On the benchmark the page's speed did not move beyond its noise either way
     * (docs/benchmarks.md): the filter is for the popular drafts of real traffic, not for speed there.
     */
    @Inject
    public PublishedText(@ConfigProperty(name = "muhokama.drafts.text-cache-entries", defaultValue = "2000") int capacity) {
        this.capacity = Math.max(0, capacity);
        this.entries = new ConcurrentHashMap<>(Math.min(this.capacity, 1 << 16));
        this.keptOrder = new ConcurrentLinkedQueue<>();
        this.readBefore = new SecondRequestFilter(FILTER_BITS_PER_ENTRY * Math.max(1, this.capacity));
    }

    /** For the CDI proxy only. */
    protected PublishedText() {
        this.capacity = 0;
        this.entries = Map.of();
        this.keptOrder = new ConcurrentLinkedQueue<>();
        this.readBefore = null;
    }

    /** The clauses of one version of a draft; empty if that version does not exist. */
    public Optional<List<DraftView.ClauseView>> clauses(Draft draft, int version, Supplier<Optional<List<DraftView.ClauseView>>> load) {
        return clauses(draft.id(), draft.isPublic(), version, load);
    }

    /** The same, for callers that read only the draft's id and whether it is public. */
    public Optional<List<DraftView.ClauseView>> clauses(long draftId, boolean isPublic, int version,
                                                        Supplier<Optional<List<DraftView.ClauseView>>> load) {
        return cached(isPublic, "c:" + draftId + ":" + version, load);
    }

    /** The list of a draft's versions as it stands at the draft's current version. */
    public List<DraftView.VersionInfo> versions(Draft draft, Supplier<List<DraftView.VersionInfo>> load) {
        return cached(draft.isPublic(), "v:" + draft.id() + ":" + draft.currentVersion(), () -> Optional.of(load.get())).orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private <T> Optional<T> cached(boolean isPublic, String key, Supplier<Optional<T>> load) {
        if (!isPublic) {
            return load.get();
        }
        T found = (T) entries.get(key);
        if (found != null) {
            return Optional.of(found);
        }
        Optional<T> loaded = load.get();
        loaded.ifPresent(value -> keep(key, value));
        return loaded;
    }

    private void keep(String key, Object value) {
        if (capacity == 0 || !readBefore.seenBefore(key) || entries.putIfAbsent(key, value) != null) {
            return;
        }
        keptOrder.add(key);
        while (entries.size() > capacity) {
            String oldest = keptOrder.poll();
            if (oldest == null) {
                return;
            }
            entries.remove(oldest);
        }
    }
}
