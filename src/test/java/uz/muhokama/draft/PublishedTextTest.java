package uz.muhokama.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PublishedTextTest {

    private final AtomicInteger reads = new AtomicInteger();

    private Optional<List<DraftView.ClauseView>> read(long draftId) {
        reads.incrementAndGet();
        return Optional.of(List.of(new DraftView.ClauseView("k" + draftId, "1", null, "Text of draft " + draftId)));
    }

    @Test
    void aPublishedVersionIsReadOnceAndThenServedFromMemory() {
        PublishedText text = new PublishedText(10);
        text.clauses(1, true, 1, () -> read(1));
        var again = text.clauses(1, true, 1, () -> read(1));
        assertEquals(1, reads.get());
        assertEquals("Text of draft 1", again.orElseThrow().get(0).text());
    }

    @Test
    void anUnpublishedDraftIsReadEveryTimeBecauseItIsEditedInPlace() {
        PublishedText text = new PublishedText(10);
        text.clauses(1, false, 1, () -> read(1));
        text.clauses(1, false, 1, () -> read(1));
        assertEquals(2, reads.get());
    }

    @Test
    void whenFullTheVersionKeptLongestIsLetGoFirst() {
        PublishedText text = new PublishedText(2);
        text.clauses(1, true, 1, () -> read(1));
        text.clauses(2, true, 1, () -> read(2));
        text.clauses(1, true, 1, () -> read(1)); // a read does not renew: published text never changes
        text.clauses(3, true, 1, () -> read(3));
        assertEquals(3, reads.get());

        text.clauses(2, true, 1, () -> read(2));
        text.clauses(3, true, 1, () -> read(3));
        assertEquals(3, reads.get(), "the two newest are still kept");
        text.clauses(1, true, 1, () -> read(1));
        assertEquals(4, reads.get(), "the oldest was let go");
    }

    @Test
    void aVersionThatDoesNotExistIsNotRemembered() {
        PublishedText text = new PublishedText(10);
        text.clauses(9, true, 7, () -> {
            reads.incrementAndGet();
            return Optional.empty();
        });
        text.clauses(9, true, 7, () -> read(9));
        assertEquals(2, reads.get());
    }

    @Test
    void aCapacityOfZeroKeepsNothing() {
        PublishedText text = new PublishedText(0);
        text.clauses(1, true, 1, () -> read(1));
        text.clauses(1, true, 1, () -> read(1));
        assertEquals(2, reads.get());
    }
}
