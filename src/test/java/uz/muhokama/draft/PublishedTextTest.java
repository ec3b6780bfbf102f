package uz.muhokama.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import uz.muhokama.platform.cache.Caches;

class PublishedTextTest {

    private final AtomicInteger reads = new AtomicInteger();

    private static PublishedText keeping(int capacity) {
        PublishedText text = new PublishedText();
        text.caches = new Caches(Clock.systemUTC());
        text.capacity = capacity;
        text.createCache();
        return text;
    }

    private Optional<List<DraftView.ClauseView>> read(long draftId) {
        reads.incrementAndGet();
        return Optional.of(List.of(new DraftView.ClauseView("k" + draftId, "1", null, "Text of draft " + draftId)));
    }

    /** Reads a version twice, so that it is kept (it is kept when read a second time). */
    private void readTwice(PublishedText text, long draftId) {
        text.clauses(draftId, true, 1, () -> read(draftId));
        text.clauses(draftId, true, 1, () -> read(draftId));
    }

    @Test
    void aPublishedVersionReadASecondTimeIsKeptAndThenServedFromMemory() {
        PublishedText text = keeping(10);
        readTwice(text, 1);
        assertEquals(2, reads.get());
        var third = text.clauses(1, true, 1, () -> read(1));
        assertEquals(2, reads.get());
        assertEquals("Text of draft 1", third.orElseThrow().get(0).text());
    }

    @Test
    void aVersionReadOnlyOnceIsNotKeptSoThatOneOffViewsDoNotPushOutPopularOnes() {
        PublishedText text = keeping(2);
        readTwice(text, 1);
        readTwice(text, 2);
        for (long once = 100; once < 110; once++) {
            long id = once;
            text.clauses(id, true, 1, () -> read(id));
        }
        int before = reads.get();
        text.clauses(1, true, 1, () -> read(1));
        text.clauses(2, true, 1, () -> read(2));
        assertEquals(before, reads.get(), "the two versions read twice are still kept");
    }

    @Test
    void anUnpublishedDraftIsReadEveryTimeBecauseItIsEditedInPlace() {
        PublishedText text = keeping(10);
        text.clauses(1, false, 1, () -> read(1));
        text.clauses(1, false, 1, () -> read(1));
        assertEquals(2, reads.get());
    }

    @Test
    void aVersionThatDoesNotExistIsNotRemembered() {
        PublishedText text = keeping(10);
        text.clauses(9, true, 7, () -> {
            reads.incrementAndGet();
            return Optional.empty();
        });
        text.clauses(9, true, 7, () -> read(9));
        assertEquals(2, reads.get());
    }

    @Test
    void aCapacityOfZeroKeepsNothing() {
        PublishedText text = keeping(0);
        text.clauses(1, true, 1, () -> read(1));
        text.clauses(1, true, 1, () -> read(1));
        assertEquals(2, reads.get());
    }
}
