package uz.muhokama.draft;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uz.muhokama.platform.Internal;
import uz.muhokama.platform.cache.CachePolicy;
import uz.muhokama.platform.cache.Caches;
import uz.muhokama.platform.cache.SharedCache;

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

    /** A version that does not exist is not remembered: it may be published a moment later. */
    private static final Object MISSING = new Object();

    @Inject
    Caches caches;

    /**
     * Kept from the second request on: when views are spread over far more drafts than fit (a
     * national archive; the benchmark's 100,000), keeping each first read let go of one entry per
     * view, so a version read often could be pushed out by a stream of versions read once, and every
     * one of those short-lived entries was upkeep and young-collection copying for nothing.
     */
    @Inject
    @ConfigProperty(name = "muhokama.drafts.text-cache-entries", defaultValue = "2000")
    int capacity;

    private SharedCache<String, Object> entries;

    @PostConstruct
    void createCache() {
        entries = caches.create(CachePolicy.named("published-text")
                .withMaxEntries(capacity)
                .withFreshFor(CachePolicy.FOREVER)
                .keptOnSecondRequest()
                .keptIf(value -> value != MISSING));
    }

    /** The clauses of one version of a draft; empty if that version does not exist. */
    public Optional<List<DraftView.ClauseView>> clauses(
            Draft draft, int version, Supplier<Optional<List<DraftView.ClauseView>>> load) {
        return clauses(draft.id(), draft.isPublic(), version, load);
    }

    /** The same, for callers that read only the draft's id and whether it is public. */
    public Optional<List<DraftView.ClauseView>> clauses(
            long draftId, boolean isPublic, int version, Supplier<Optional<List<DraftView.ClauseView>>> load) {
        return cached(isPublic, "c:" + draftId + ":" + version, load);
    }

    /** The list of a draft's versions as it stands at the draft's current version. */
    public List<DraftView.VersionInfo> versions(Draft draft, Supplier<List<DraftView.VersionInfo>> load) {
        return cached(draft.isPublic(), "v:" + draft.id() + ":" + draft.currentVersion(), () -> Optional.of(load.get()))
                .orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private <T> Optional<T> cached(boolean isPublic, String key, Supplier<Optional<T>> load) {
        if (!isPublic) {
            return load.get();
        }
        Object found = entries.get(key, () -> load.get().map(Object.class::cast).orElse(MISSING));
        return found == MISSING ? Optional.empty() : Optional.of((T) found);
    }
}
