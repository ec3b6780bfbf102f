package uz.muhokama.platform.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BinaryOperator;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * One per-instance cache, kept as its {@link CachePolicy} says. Caffeine bounds it (size-based
 * eviction, lock-free reads) and lets go of expired entries; whether an entry may be served is
 * judged here by the portal's clock, which tests move: an entry kept "in the future" of a clock set
 * back is never served.
 *
 * @param <K> keys, with equals and hashCode
 * @param <V> values, shared between threads: immutable
 */
public final class SharedCache<K, V> {

    /** A kept value and its times; {@code renewing} is claimed by the one caller that loads it again. */
    private record Held<V>(V value, Instant keptAt, Instant freshUntil, Instant servedUntil, AtomicBoolean renewing) {}

    private final CachePolicy<V> policy;
    private final Clock clock;
    private final Cache<K, Held<V>> entries;
    private final SecondRequestFilter askedBefore;
    private final LongAdder served = new LongAdder();
    private final LongAdder loaded = new LongAdder();

    SharedCache(CachePolicy<V> policy, Clock clock) {
        this.policy = policy;
        this.clock = clock;
        this.entries = policy.keepsAnything() ? Caffeine.newBuilder()
                .maximumSize(policy.maxEntries())
                .expireAfter(new UntilServedNoMore<K, V>(clock))
                // Upkeep on the caller's thread: cheap, and no unmanaged pool threads inside the server.
                .executor(Runnable::run)
                .build() : null;
        this.askedBefore = policy.isKeptOnSecondRequest()
                ? new SecondRequestFilter((int) Math.min(1 << 24, 16 * Math.max(1, policy.maxEntries()))) : null;
    }

    public CachePolicy<V> policy() {
        return policy;
    }

    /**
     * The value under {@code key}: the kept one while fresh; when it is due, the one caller that
     * claims it loads it again while others are given the old one, for at most the policy's late
     * time; otherwise loaded now, and kept if the policy says so. A failed load keeps nothing and
     * lets the next caller try.
     */
    public V get(K key, Supplier<? extends V> load) {
        if (entries == null) {
            loaded.increment();
            return load.get();
        }
        Instant now = clock.instant();
        Held<V> kept = servable(key, now);
        if (kept != null && (now.isBefore(kept.freshUntil()) || !kept.renewing().compareAndSet(false, true))) {
            served.increment();
            return kept.value();
        }
        V value;
        try {
            value = load.get();
        } catch (RuntimeException | Error failed) {
            if (kept != null) {
                kept.renewing().set(false);
            }
            throw failed;
        }
        loaded.increment();
        keep(key, value, now, kept != null);
        return value;
    }

    /** The value under {@code key} while it is fresh (not late), if one is kept. */
    public Optional<V> fresh(K key) {
        if (entries == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Held<V> kept = servable(key, now);
        return kept != null && now.isBefore(kept.freshUntil()) ? Optional.of(kept.value()) : Optional.empty();
    }

    /** Keeps {@code value} (if the policy finds it worth keeping), or combines it with the fresh one kept. */
    public void merge(K key, V value, BinaryOperator<V> combine) {
        if (entries == null) {
            return;
        }
        Instant now = clock.instant();
        entries.asMap().compute(key, (k, old) -> {
            boolean current = old != null && !now.isBefore(old.keptAt()) && now.isBefore(old.freshUntil());
            V merged = current ? combine.apply(old.value(), value) : value;
            return policy.worthKeeping(merged) ? held(merged, now) : null;
        });
    }

    /** Keeps {@code value} under {@code key} as if it had just been loaded. */
    public void put(K key, V value) {
        merge(key, value, (old, fresh) -> fresh);
    }

    /** Forgets what is kept under the keys that match (a change this instance made). */
    public void forgetIf(Predicate<? super K> which) {
        if (entries != null) {
            entries.asMap().keySet().removeIf(which);
        }
    }

    public void forgetAll() {
        if (entries != null) {
            entries.invalidateAll();
        }
    }

    /** Entries held now (Caffeine's estimate once its upkeep ran). */
    public long size() {
        if (entries == null) {
            return 0;
        }
        entries.cleanUp();
        return entries.estimatedSize();
    }

    /** Reads answered from what was kept, and reads that loaded, since the start ({@code /metrics}). */
    public long servedCount() {
        return served.sum();
    }

    public long loadedCount() {
        return loaded.sum();
    }

    private Held<V> servable(K key, Instant now) {
        Held<V> kept = entries.getIfPresent(key);
        if (kept == null || now.isBefore(kept.keptAt()) || !now.isBefore(kept.servedUntil())) {
            return null; // none, kept at a time the clock has since been set back before, or too old
        }
        return kept;
    }

    private void keep(K key, V value, Instant now, boolean renewed) {
        if (!policy.worthKeeping(value)) {
            if (renewed) {
                entries.invalidate(key);
            }
            return;
        }
        if (askedBefore != null && !renewed && !askedBefore.seenBefore(key)) {
            return;
        }
        entries.put(key, held(value, now));
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
        return new Held<>(value, now, fresh, served, new AtomicBoolean());
    }

    private static Instant later(Instant from, Duration by) {
        return by.compareTo(CachePolicy.FOREVER) >= 0 ? Instant.MAX : from.plus(by);
    }

    /** Lets Caffeine drop an entry once it may no longer be served. */
    private static final class UntilServedNoMore<K, V> implements Expiry<K, Held<V>> {
        private final Clock clock;

        UntilServedNoMore(Clock clock) {
            this.clock = clock;
        }

        @Override
        public long expireAfterCreate(K key, Held<V> held, long currentTime) {
            if (held.servedUntil().equals(Instant.MAX)) {
                return Long.MAX_VALUE;
            }
            Duration left = Duration.between(clock.instant(), held.servedUntil());
            return left.isNegative() ? 0 : saturatedNanos(left);
        }

        @Override
        public long expireAfterUpdate(K key, Held<V> held, long currentTime, long currentDuration) {
            return expireAfterCreate(key, held, currentTime);
        }

        @Override
        public long expireAfterRead(K key, Held<V> held, long currentTime, long currentDuration) {
            return currentDuration;
        }

        private static long saturatedNanos(Duration d) {
            try {
                return d.toNanos();
            } catch (ArithmeticException tooLong) {
                return Long.MAX_VALUE;
            }
        }
    }
}
