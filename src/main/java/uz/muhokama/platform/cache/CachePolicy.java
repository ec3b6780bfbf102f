package uz.muhokama.platform.cache;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What one cache may hold and for how long: the single place its staleness is stated. An entry is
 * <em>fresh</em> for {@link #freshFor()} after it was loaded; after that, for at most
 * {@link #renewedLateBy()} more, one caller loads it again while the others are still given the old
 * value (so a popular entry is never loaded by every reader at the moment it is due); past that it is
 * gone. A value may also know the moment it stops being right ({@link #goodUntil()}): it is never served
 * after it, not even late. Immutable; built with {@link #named(String)} and the {@code with…} methods.
 *
 * @param <V> the values kept
 */
public final class CachePolicy<V> {

    /** For things that never change while the portal runs (published text, rendered templates). */
    public static final Duration FOREVER = Duration.ofSeconds(Long.MAX_VALUE / 4);

    private final String name;
    private final long maxEntries;
    private final Duration freshFor;
    private final Duration renewedLateBy;
    private final boolean keptOnSecondRequest;
    private final Predicate<? super V> worthKeeping;
    private final Function<? super V, Instant> goodUntil;

    private CachePolicy(
            String name,
            long maxEntries,
            Duration freshFor,
            Duration renewedLateBy,
            boolean keptOnSecondRequest,
            Predicate<? super V> worthKeeping,
            Function<? super V, Instant> goodUntil) {
        this.name = name;
        this.maxEntries = maxEntries;
        this.freshFor = freshFor;
        this.renewedLateBy = renewedLateBy;
        this.keptOnSecondRequest = keptOnSecondRequest;
        this.worthKeeping = worthKeeping;
        this.goodUntil = goodUntil;
    }

    /** A policy that keeps nothing until it is given entries and a time ({@code muhokama.cache.<name>} in metrics and logs). */
    public static <V> CachePolicy<V> named(String name) {
        return new CachePolicy<>(
                Objects.requireNonNull(name), 0, Duration.ZERO, Duration.ZERO, false, v -> true, v -> null);
    }

    /** At most this many entries; zero or less keeps nothing (every read loads). */
    public CachePolicy<V> withMaxEntries(long entries) {
        return new CachePolicy<>(
                name, Math.max(0, entries), freshFor, renewedLateBy, keptOnSecondRequest, worthKeeping, goodUntil);
    }

    /** How long a loaded value is served as it is; zero or less keeps nothing. */
    public CachePolicy<V> withFreshFor(Duration fresh) {
        return new CachePolicy<>(
                name,
                maxEntries,
                fresh.isNegative() ? Duration.ZERO : fresh,
                renewedLateBy,
                keptOnSecondRequest,
                worthKeeping,
                goodUntil);
    }

    /** How much longer the old value may be served to others while one caller loads it again. */
    public CachePolicy<V> withRenewedLateBy(Duration late) {
        return new CachePolicy<>(
                name,
                maxEntries,
                freshFor,
                late.isNegative() ? Duration.ZERO : late,
                keptOnSecondRequest,
                worthKeeping,
                goodUntil);
    }

    /** Keep a key only when it is asked for the second time recently (see {@link SecondRequestFilter}). */
    public CachePolicy<V> keptOnSecondRequest() {
        return new CachePolicy<>(name, maxEntries, freshFor, renewedLateBy, true, worthKeeping, goodUntil);
    }

    /** Keep only values that pass; a value that does not also forgets what was kept under its key. */
    public CachePolicy<V> keptIf(Predicate<? super V> worth) {
        return new CachePolicy<>(
                name,
                maxEntries,
                freshFor,
                renewedLateBy,
                keptOnSecondRequest,
                Objects.requireNonNull(worth),
                goodUntil);
    }

    /** The moment a value stops being right (null: it does not know one); it is never served past it. */
    public CachePolicy<V> goodUntil(Function<? super V, Instant> until) {
        return new CachePolicy<>(
                name,
                maxEntries,
                freshFor,
                renewedLateBy,
                keptOnSecondRequest,
                worthKeeping,
                Objects.requireNonNull(until));
    }

    public String name() {
        return name;
    }

    public long maxEntries() {
        return maxEntries;
    }

    public Duration freshFor() {
        return freshFor;
    }

    public Duration renewedLateBy() {
        return renewedLateBy;
    }

    /** The oldest an entry served from this cache can be: fresh time plus late renewal. */
    public Duration oldestServed() {
        return freshFor.compareTo(FOREVER) >= 0 ? FOREVER : freshFor.plus(renewedLateBy);
    }

    boolean keepsAnything() {
        return maxEntries > 0 && !freshFor.isZero();
    }

    boolean isKeptOnSecondRequest() {
        return keptOnSecondRequest;
    }

    boolean worthKeeping(V value) {
        return worthKeeping.test(value);
    }

    Instant goodUntilOf(V value) {
        return goodUntil.apply(value);
    }

    /** For the log line at start: "up to 2000 entries, each at most 2 s old". */
    public String describe() {
        String age = freshFor.compareTo(FOREVER) >= 0
                ? "never renewed (what it holds does not change)"
                : "each at most " + human(oldestServed()) + " old";
        return name + ": up to " + maxEntries + (maxEntries == 1 ? " entry, " : " entries, ") + age
                + (keptOnSecondRequest ? ", kept from the second request" : "");
    }

    private static String human(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    @Override
    public String toString() {
        return describe();
    }
}
