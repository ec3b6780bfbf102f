package uz.muhokama.platform.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import uz.muhokama.testkit.AdjustableClock;

class SharedCacheTest {

    private static final Instant START = Instant.parse("2026-12-01T09:00:00Z");

    private final AdjustableClock clock = new AdjustableClock(Clock.fixed(START, ZoneOffset.UTC));
    private final Caches caches = new Caches(clock);
    private final AtomicInteger loads = new AtomicInteger();

    /** Fresh for a second, served for one more while one caller renews. */
    private SharedCache<String, String> aMoment() {
        return caches.create(CachePolicy.<String>named("test")
                .withMaxEntries(100)
                .withFreshFor(Duration.ofSeconds(1))
                .withRenewedLateBy(Duration.ofSeconds(1)));
    }

    private String load() {
        return "value " + loads.incrementAndGet();
    }

    private void at(long millis) {
        clock.setOffset(Duration.ofMillis(millis));
    }

    /** Reads {@code key} while another caller is loading it: what that other caller is given. */
    private String readDuringALoad(SharedCache<String, String> cache, String key) {
        String[] meanwhile = new String[1];
        cache.get(key, () -> {
            meanwhile[0] = cache.get(key, this::load);
            return load();
        });
        return meanwhile[0];
    }

    @Test
    void aValueIsSharedWhileFreshAndLoadedAgainWhenDue() {
        SharedCache<String, String> cache = aMoment();
        assertEquals("value 1", cache.get("a", this::load));
        at(999);
        assertEquals("value 1", cache.get("a", this::load));
        assertEquals("value 2", cache.get("b", this::load), "each key is its own entry");
        at(1000);
        assertEquals("value 3", cache.get("a", this::load), "due: the first caller loads it again");
        assertEquals("value 3", cache.get("a", this::load));
        assertEquals(3, cache.loadedCount());
        assertEquals(2, cache.servedCount());
    }

    @Test
    void whileOneCallerRenewsTheOthersAreGivenTheOldValueButNeverPastTheLateTime() {
        SharedCache<String, String> cache = aMoment();
        cache.get("a", this::load);
        at(1500);
        assertEquals("value 1", readDuringALoad(cache, "a"), "not held up by the renewal");
        assertEquals("value 2", cache.get("a", this::load), "renewed");

        at(1500 + 2000);
        assertEquals(
                "value 3",
                readDuringALoad(cache, "a"),
                "two moments past its own, an old value is not served even during a renewal");
    }

    @Test
    void aValueIsNeverServedPastTheMomentItSaysItStopsBeingRight() {
        Instant closes = START.plusMillis(300);
        SharedCache<String, String> cache = caches.create(CachePolicy.<String>named("test")
                .withMaxEntries(10)
                .withFreshFor(Duration.ofSeconds(1))
                .withRenewedLateBy(Duration.ofSeconds(1))
                .goodUntil(value -> value.equals("value 1") ? closes : null));
        cache.get("a", this::load);
        at(299);
        assertEquals("value 1", cache.get("a", this::load));
        at(300);
        assertEquals("value 2", readDuringALoad(cache, "a"), "not even to others while it is renewed");
    }

    @Test
    void aClockSetBackIsNeverGivenAValueKeptInItsFuture() {
        SharedCache<String, String> cache = aMoment();
        at(5000);
        cache.get("a", this::load);
        at(0);
        assertEquals("value 2", cache.get("a", this::load));
    }

    @Test
    void aFailedLoadKeepsNothingAndTheNextCallerTriesAgain() {
        SharedCache<String, String> cache = aMoment();
        cache.get("a", this::load);
        at(1500);
        assertThrows(
                IllegalStateException.class,
                () -> cache.get("a", () -> {
                    throw new IllegalStateException("database gone");
                }));
        assertEquals("value 2", cache.get("a", this::load), "the renewal claim was given back");
        assertEquals("value 2", cache.get("a", this::load));
    }

    @Test
    void noEntriesOrNoTimeKeepsNothing() {
        SharedCache<String, String> none = caches.create(
                CachePolicy.<String>named("test").withMaxEntries(0).withFreshFor(Duration.ofSeconds(1)));
        SharedCache<String, String> instant = caches.create(
                CachePolicy.<String>named("test").withMaxEntries(10).withFreshFor(Duration.ZERO));
        none.get("a", this::load);
        none.get("a", this::load);
        instant.get("a", this::load);
        instant.get("a", this::load);
        assertEquals(4, loads.get());
        assertEquals(0, none.size() + instant.size());
    }

    @Test
    void onlyValuesWorthKeepingAreKeptAndAnUnworthyRenewalForgetsTheOldOne() {
        SharedCache<String, String> cache = caches.create(CachePolicy.<String>named("test")
                .withMaxEntries(10)
                .withFreshFor(Duration.ofSeconds(1))
                .withRenewedLateBy(Duration.ofSeconds(1))
                .keptIf(value -> !value.equals("value 3")));
        cache.get("a", this::load);
        assertEquals("value 1", cache.get("a", this::load));
        at(1500);
        assertEquals("value 2", cache.get("a", this::load));
        at(3000);
        assertEquals("value 3", cache.get("a", this::load));
        assertEquals("value 4", cache.get("a", this::load), "value 3 was not kept, and value 2 was forgotten");
    }

    @Test
    void keptOnSecondRequestKeepsOnlyWhatIsAskedForAgain() {
        SharedCache<String, String> cache = caches.create(CachePolicy.<String>named("test")
                .withMaxEntries(100)
                .withFreshFor(CachePolicy.FOREVER)
                .keptOnSecondRequest());
        for (int i = 0; i < 20; i++) {
            String key = "once-" + i;
            cache.get(key, this::load);
        }
        assertEquals(0, cache.size(), "read once: nothing kept");
        cache.get("twice", this::load);
        cache.get("twice", this::load);
        cache.get("twice", this::load);
        assertEquals(22, loads.get());
        assertEquals(1, cache.size());
        at(Duration.ofDays(3650).toMillis());
        assertEquals("value 22", cache.get("twice", this::load), "what never changes is kept for good");
    }

    @Test
    void aFullCacheLetsGoRatherThanGrowing() {
        SharedCache<String, String> cache = caches.create(
                CachePolicy.<String>named("test").withMaxEntries(5).withFreshFor(CachePolicy.FOREVER));
        for (int i = 0; i < 100; i++) {
            cache.get("k" + i, this::load);
        }
        assertTrue(cache.size() <= 5, "held " + cache.size());
    }

    @Test
    void mergeCombinesWithTheFreshValueOnlyAndForgetIfForgetsTheMatchingKeys() {
        SharedCache<String, Integer> cache = caches.create(
                CachePolicy.<Integer>named("test").withMaxEntries(10).withFreshFor(Duration.ofSeconds(10)));
        cache.merge("a", 5, Math::max);
        cache.merge("a", 3, Math::max);
        assertEquals(5, cache.fresh("a").orElseThrow());
        at(10_000);
        assertFalse(cache.fresh("a").isPresent(), "due");
        cache.merge("a", 3, Math::max);
        assertEquals(3, cache.fresh("a").orElseThrow(), "a due value is not combined with");
        cache.put("b", 7);
        cache.forgetIf(key -> key.equals("a"));
        assertFalse(cache.fresh("a").isPresent());
        assertEquals(7, cache.fresh("b").orElseThrow());
    }

    @Test
    void theStatisticsCountServedAndLoadedReadsAsTheClockMoves() {
        SharedCache<String, String> cache = aMoment();
        cache.get("a", this::load); // missing: loaded
        at(500);
        cache.get("a", this::load); // fresh: served
        at(1200);
        cache.get("a", this::load); // due: this reader renews it (loaded)
        readDuringALoad(cache, "a"); // the renewal was done at 1200: served
        at(1200 + 2000);
        cache.get("a", this::load); // expired: loaded
        assertEquals(3, cache.loadedCount());
        assertEquals(2, cache.servedCount());
        assertEquals(3, loads.get());
    }

    @Test
    void anEntryIsGoneOnceItsLateTimeIsOver() {
        SharedCache<String, String> cache = aMoment();
        cache.get("a", this::load);
        cache.get("b", this::load);
        at(1999);
        assertEquals(2, cache.size());
        at(2000);
        assertEquals("value 3", cache.get("a", this::load), "not served a moment past its late time");
        at(5000);
        // Caffeine's timer wheel lets go of expired entries a bucket (about a second) after their time.
        assertEquals(0, cache.size(), "Caffeine let go of both by the portal's clock");
    }

    @Test
    void oneReaderRenewsOnItsOwnThreadWhileReadersOnOtherThreadsAreGivenTheOldValueAtOnce() throws Exception {
        SharedCache<String, String> cache = aMoment();
        cache.get("a", this::load);
        at(1500);
        CountDownLatch renewing = new CountDownLatch(1);
        CountDownLatch othersDone = new CountDownLatch(1);
        Thread reader = Thread.currentThread();
        CompletableFuture<String> others = CompletableFuture.supplyAsync(() -> {
            await(renewing);
            try {
                String first = cache.get("a", () -> "loaded by another thread");
                String second = cache.get("a", () -> "loaded by another thread");
                return first + ", " + second;
            } finally {
                othersDone.countDown();
            }
        });
        String renewed = cache.get("a", () -> {
            assertEquals(reader, Thread.currentThread(), "renewed on the thread of the reader that found it due");
            renewing.countDown();
            await(othersDone);
            return load();
        });
        assertEquals("value 1, value 1", others.get(5, TimeUnit.SECONDS));
        assertEquals("value 2", renewed);
        assertEquals("value 2", cache.get("a", this::load));
    }

    @Test
    void aRenewalMayReadOtherEntriesOfTheSameCache() {
        SharedCache<String, String> cache = aMoment();
        for (int i = 0; i < 50; i++) {
            cache.get("k" + i, this::load);
        }
        at(1500);
        // Renewing k0 reads (and so renews) every other key: nothing runs inside Caffeine's locks.
        String renewed = cache.get("k0", () -> {
            for (int i = 1; i < 50; i++) {
                cache.get("k" + i, this::load);
            }
            return "k0 renewed";
        });
        assertEquals("k0 renewed", renewed);
        assertEquals("k0 renewed", cache.get("k0", this::load));
        assertEquals(99, loads.get(), "50 first loads, 49 renewals inside the renewal of k0");
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(5, TimeUnit.SECONDS), "timed out");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void thePolicySaysHowStaleItsEntriesMayBe() {
        assertEquals(
                "test: up to 100 entries, each at most 2 s old",
                aMoment().policy().describe());
        assertEquals(1, caches.all().size(), "every cache built is listed");
    }
}
