package uz.muhokama.platform.cache;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BinaryOperator;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * One per-instance cache, kept as its {@link CachePolicy} says, by Caffeine's own mechanisms: a bound
 * ({@code maximumSize}), expiry after write ({@code expireAfter} with {@link Expiry#writing}, per
 * entry because a value may know it stops being right sooner), renewal of a due entry by one reader
 * while the others keep the old value ({@code refreshAfterWrite}), statistics ({@code recordStats})
 * and a {@link ClockTicker} on the portal's clock, so tests move time instead of sleeping.
 *
 * <p>What Caffeine does not know is kept here, in a few lines: the renewal runs on the thread of the
 * reader that found the entry due (see {@link RenewedByTheReader}); a value that is not worth keeping is
 * not kept; and an entry kept "in the future" of a clock since set back is never served.
 *
 * @param <K> keys, with equals and hashCode
 * @param <V> values, shared between threads: immutable
 */
public final class SharedCache<K, V> {

    /** A kept value, the moment it was kept and until when it is fresh (by the portal's clock). */
    private record Held<V>(V value, Instant keptAt, Instant freshUntil, Duration servedFor) {}

    private final CachePolicy<V> policy;
    private final Clock clock;
    private final RenewedByTheReader<K, Held<V>> renewals = new RenewedByTheReader<>();
    private final LoadingCache<K, Held<V>> entries;
    private final SecondRequestFilter askedBefore;

    SharedCache(CachePolicy<V> policy, Clock clock) {
        this.policy = policy;
        this.clock = clock;
        this.entries = caffeine(policy, clock, renewals);
        this.askedBefore = policy.isKeptOnSecondRequest()
                ? new SecondRequestFilter((int) Math.min(1 << 24, 16 * Math.max(1, policy.maxEntries())))
                : null;
    }

    private static <K, V> LoadingCache<K, Held<V>> caffeine(
            CachePolicy<V> policy, Clock clock, RenewedByTheReader<K, Held<V>> renewals) {
        Caffeine<Object, Object> builder = Caffeine.newBuilder()
                .maximumSize(policy.maxEntries())
                .ticker(new ClockTicker(clock))
                // Upkeep on the caller's thread: cheap, and no unmanaged pool threads inside the server.
                .executor(Runnable::run)
                .recordStats();
        if (!policy.keepsAnything()) {
            return builder.build(renewals); // nothing is ever put: every read is a miss that loads
        }
        if (policy.oldestServed().compareTo(policy.freshFor()) > 0) {
            // Caffeine renews once an entry is strictly older than this; the policy's fresh time ends
            // at (not after) freshFor, so one nanosecond less.
            builder.refreshAfterWrite(policy.freshFor().minusNanos(1));
        }
        return builder.expireAfter(Expiry.writing((K key, Held<V> held) -> held.servedFor()))
                .build(renewals);
    }

    public CachePolicy<V> policy() {
        return policy;
    }

    /**
     * The value under {@code key}: the kept one while fresh; when it is due, this caller loads it
     * again if Caffeine hands it the renewal, while others are given the old one, for at most the
     * policy's late time; otherwise loaded now, and kept if the policy says so. A failed load keeps
     * nothing (the old value stays for others until its time) and lets the next caller try.
     */
    public V get(K key, Supplier<? extends V> load) {
        Held<V> kept = entries.getIfPresent(key);
        CompletableFuture<Held<V>> renewal = renewals.takeHandedOver();
        if (renewal != null) {
            return renew(renewal, load);
        }
        if (kept != null) {
            if (!clock.instant().isBefore(kept.keptAt())) {
                return kept.value();
            }
            // Kept at a moment the clock has since been set back before: not right now. (Caffeine
            // counted this read as served; it is rare enough not to correct its statistics.)
            entries.asMap().remove(key, kept);
        }
        V value = load.get();
        if (policy.keepsAnything()
                && policy.worthKeeping(value)
                && (askedBefore == null || askedBefore.seenBefore(key))) {
            entries.put(key, held(value, clock.instant()));
        }
        return value;
    }

    /** Loads the value this caller was handed to renew, outside every lock of Caffeine's. */
    private V renew(CompletableFuture<Held<V>> renewal, Supplier<? extends V> load) {
        V value;
        try {
            value = load.get();
        } catch (RuntimeException | Error failed) {
            // Cancelled, Caffeine keeps the old value, logs nothing (this caller reports the failure)
            // and lets the next reader renew.
            renewal.cancel(false);
            throw failed;
        }
        // Completing runs Caffeine's refresh completion here: the new value replaces the old one, or,
        // when it is not worth keeping (null), the old one is forgotten too.
        renewal.complete(policy.worthKeeping(value) ? held(value, clock.instant()) : null);
        return value;
    }

    /** The value under {@code key} while it is fresh (not late), if one is kept. */
    public Optional<V> fresh(K key) {
        Held<V> kept = entries.policy().getIfPresentQuietly(key);
        return kept != null && isFresh(kept, clock.instant()) ? Optional.of(kept.value()) : Optional.empty();
    }

    /** Keeps {@code value} (if the policy finds it worth keeping), or combines it with the fresh one kept. */
    public void merge(K key, V value, BinaryOperator<V> combine) {
        if (!policy.keepsAnything()) {
            return;
        }
        Instant now = clock.instant();
        entries.asMap().compute(key, (k, old) -> {
            V merged = old != null && isFresh(old, now) ? combine.apply(old.value(), value) : value;
            return policy.worthKeeping(merged) ? held(merged, now) : null;
        });
    }

    /** Keeps {@code value} under {@code key} as if it had just been loaded. */
    public void put(K key, V value) {
        merge(key, value, (old, fresh) -> fresh);
    }

    /** Forgets what is kept under the keys that match (a change this instance made). */
    public void forgetIf(Predicate<? super K> which) {
        entries.asMap().keySet().removeIf(which);
    }

    public void forgetAll() {
        entries.invalidateAll();
    }

    /** Entries held now (Caffeine's estimate once its upkeep ran). */
    public long size() {
        entries.cleanUp();
        return entries.estimatedSize();
    }

    /**
     * Reads answered from what was kept, since the start ({@code /metrics}). Caffeine counts the read
     * that renews an entry as a hit and the renewal as a load; that reader was given the new value.
     */
    public long servedCount() {
        CacheStats stats = entries.stats();
        return stats.hitCount() - stats.loadCount();
    }

    /** Reads that loaded afresh: missing (Caffeine's misses), due (its renewals), or not worth keeping. */
    public long loadedCount() {
        CacheStats stats = entries.stats();
        return stats.missCount() + stats.loadCount();
    }

    private boolean isFresh(Held<V> kept, Instant now) {
        return !now.isBefore(kept.keptAt()) && now.isBefore(kept.freshUntil());
    }

    private Held<V> held(V value, Instant now) {
        Instant fresh = later(now, policy.freshFor());
        Instant served = later(fresh, policy.renewedLateBy());
        Instant until = policy.goodUntilOf(value);
        if (until != null && until.isBefore(served)) {
            // Past the moment the value stops being right nobody gets it, not even while it is renewed.
            fresh = until.isBefore(fresh) ? until : fresh;
            served = fresh;
        }
        Duration servedFor = served.equals(Instant.MAX) ? CachePolicy.FOREVER : Duration.between(now, served);
        return new Held<>(value, now, fresh, servedFor.isNegative() ? Duration.ZERO : servedFor);
    }

    private static Instant later(Instant from, Duration by) {
        return by.compareTo(CachePolicy.FOREVER) >= 0 ? Instant.MAX : from.plus(by);
    }
}
