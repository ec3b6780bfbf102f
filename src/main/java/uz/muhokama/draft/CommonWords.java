package uz.muhokama.draft;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uz.muhokama.platform.Internal;

/**
 * Search words (and prefixes) lately found to begin words of more drafts than a search reads, kept for
 * some minutes per instance.
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
    record Known(int rowsMoreThan, long drafts, Instant until) {}

    private final Map<String, Known> known = new ConcurrentHashMap<>();

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "muhokama.drafts.search.common-word-seconds", defaultValue = "600")
    long keepSeconds;

    @Inject
    @ConfigProperty(name = "muhokama.drafts.search.common-word-entries", defaultValue = "10000")
    int maxEntries;

    /** What is known of {@code term}, if it matched more than {@code rows} rows not long ago. */
    Optional<Known> moreThan(String term, int rows) {
        Known found = known.get(term);
        if (found == null || found.rowsMoreThan() < rows || !clock.instant().isBefore(found.until())) {
            return Optional.empty();
        }
        return Optional.of(found);
    }

    /** {@code term} matched more than {@code rows} rows, of at least {@code drafts} drafts. */
    void remember(String term, int rows, long drafts) {
        if (keepSeconds <= 0) {
            return;
        }
        Instant now = clock.instant();
        if (known.size() >= maxEntries) {
            known.values().removeIf(k -> !now.isBefore(k.until()));
            if (known.size() >= maxEntries) {
                return;
            }
        }
        Known kept = new Known(rows, drafts, now.plus(Duration.ofSeconds(keepSeconds)));
        known.merge(term, kept, (old, fresh) -> fresh.rowsMoreThan() >= old.rowsMoreThan() ? fresh
                : new Known(old.rowsMoreThan(), Math.max(old.drafts(), fresh.drafts()), fresh.until()));
    }
}
