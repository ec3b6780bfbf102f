package uz.muhokama.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uz.muhokama.platform.cache.Caches;
import uz.muhokama.testkit.AdjustableClock;

class AnonymousPagesTest {

    private static final Instant START = Instant.parse("2026-12-01T09:00:00Z");

    private final AdjustableClock clock = new AdjustableClock(Clock.fixed(START, ZoneOffset.UTC));
    private final AnonymousPages pages = new AnonymousPages();
    private final AtomicInteger renders = new AtomicInteger();

    @BeforeEach
    void oneSecondCopies() {
        pages.caches = new Caches(clock);
        pages.millis = 1000;
        pages.maxEntries = 100;
        pages.createCache();
    }

    private AnonymousPages.Rendered render(Instant changesAt) {
        return new AnonymousPages.Rendered(
                ("page " + renders.incrementAndGet()).getBytes(StandardCharsets.UTF_8), changesAt);
    }

    private String read(String key, Instant changesAt) {
        return new String(pages.page(key, () -> render(changesAt)), StandardCharsets.UTF_8);
    }

    private void at(long millis) {
        clock.setOffset(Duration.ofMillis(millis));
    }

    @Test
    void readersWithinTheMomentShareOneRenderingAndTheNextMomentGetsANewOne() {
        assertEquals("page 1", read("ID-1|uz", null));
        assertEquals("page 2", read("ID-1|uz", null), "a page is kept from its second reading on");
        at(999);
        assertEquals("page 2", read("ID-1|uz", null));
        assertEquals("page 3", read("ID-1|ru", null), "each language is its own page");
        at(1000);
        assertEquals("page 4", read("ID-1|uz", null));
        assertEquals("page 4", read("ID-1|uz", null));
        assertEquals(4, renders.get());
    }

    @Test
    void aCopyNeverOutlivesTheMomentThePageSaysItChanges() {
        Instant closes = START.plusMillis(300);
        read("ID-1|uz", closes);
        assertEquals("page 2", read("ID-1|uz", closes));
        at(299);
        assertEquals("page 2", read("ID-1|uz", closes));
        at(300);
        assertEquals("page 3", read("ID-1|uz", null), "the discussion closed: rendered again at once");
    }

    @Test
    void aClockSetBackNeverGetsACopyFromTheFuture() {
        at(5000);
        read("ID-1|uz", null);
        assertEquals("page 2", read("ID-1|uz", null));
        at(0);
        assertEquals("page 3", read("ID-1|uz", null));
    }

    @Test
    void aFailedRenderingIsNotKeptAndTheNextReaderTriesAgain() {
        read("ID-1|uz", null);
        assertThrows(
                IllegalStateException.class,
                () -> pages.page("ID-1|uz", () -> {
                    throw new IllegalStateException("database gone");
                }));
        assertEquals("page 2", read("ID-1|uz", null));
        assertEquals("page 2", read("ID-1|uz", null), "kept once rendered again");
    }

    @Test
    void withTheCacheTurnedOffEveryReaderRendersThePage() {
        pages.millis = 0;
        pages.createCache();
        read("ID-1|uz", null);
        read("ID-1|uz", null);
        assertEquals(2, renders.get());
    }
}
