package uz.muhokama.draft;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uz.muhokama.platform.Internal;
import uz.muhokama.platform.cache.CachePolicy;
import uz.muhokama.platform.cache.Caches;
import uz.muhokama.platform.cache.SharedCache;

/**
 * Search words (and prefixes) lately found to begin words of more drafts than a search reads, kept for
 * some minutes per instance ({@code muhokama.drafts.search.common-word-seconds}).
 *
 * <p>Why: telling a common word from a rare one means reading its drafts from the word index up to the
 * rare-word limit, 2,001 rows for every search of "tarif", more than the page of results itself costs
 * (docs/benchmarks.md). Words only become common as drafts are published; a word's drafts shrink only
 * when edits remove it from thousands of drafts. What is kept steers how a search runs, never what it
 * finds: a word taken for common is searched by walking drafts in the page's order, which finds the
 * same drafts. Only the "at least so many" total of a one-word search is taken from here, and it can be
 * as old as the time kept.
 */
@ApplicationScoped
@Internal
class CommonWords {

    /** A word matched more than {@code rowsMoreThan} rows of the word index, of {@code drafts} distinct drafts. */
    record Known(int rowsMoreThan, long drafts) {}

    @Inject
    Caches caches;

    @Inject
    @ConfigProperty(name = "muhokama.drafts.search.common-word-seconds", defaultValue = "600")
    long keepSeconds;

    @Inject
    @ConfigProperty(name = "muhokama.drafts.search.common-word-entries", defaultValue = "10000")
    int maxEntries;

    private SharedCache<String, Known> known;

    @PostConstruct
    void createCache() {
        known = caches.create(CachePolicy.<Known>named("common-search-words")
                .withMaxEntries(maxEntries)
                .withFreshFor(Duration.ofSeconds(keepSeconds)));
    }

    /** What is known of {@code term}, if it matched more than {@code rows} rows not long ago. */
    Optional<Known> moreThan(String term, int rows) {
        return known.fresh(term).filter(found -> found.rowsMoreThan() >= rows);
    }

    /** {@code term} matched more than {@code rows} rows, of at least {@code drafts} drafts. */
    void remember(String term, int rows, long drafts) {
        known.merge(
                term,
                new Known(rows, drafts),
                (old, fresh) -> fresh.rowsMoreThan() >= old.rowsMoreThan()
                        ? fresh
                        : new Known(old.rowsMoreThan(), Math.max(old.drafts(), fresh.drafts())));
    }
}
