package uz.muhokama.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import uz.muhokama.platform.claim.Claim;

class DataPackageTest {

    private static final Instant NOW = Instant.parse("2026-12-08T22:00:00Z");
    private static final Instant STALE = NOW.minus(Duration.ofMinutes(5));

    @Test
    void aSlotsPackageIsDueAtOnceMadeByItsHolderAndThenRemovedOnce() {
        DataPackage made = DataPackage.due("scheduled-2026-12-09T03:00", NOW);
        assertTrue(made.claim().isDue(NOW, STALE));
        made.claim().claim("one", NOW, STALE);
        assertFalse(made.claim().isDue(NOW, STALE), "held by one, not due for two");
        assertThrows(IllegalStateException.class, () -> made.made("two", NOW, "7", 10, "{}", NOW));

        made.made("one", NOW, "7", 10, "{}", NOW);
        assertEquals(Claim.State.DONE, made.claim().state());
        assertFalse(made.claim().isDue(NOW.plus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(1))));
        made.removed(NOW);
        assertTrue(made.isRemoved());
        assertThrows(IllegalStateException.class, () -> made.removed(NOW), "removed once");
    }

    @Test
    void onlyAMadePackageCanBeRemoved() {
        DataPackage pending = DataPackage.due("scheduled-2026-12-09T03:00", NOW);
        assertThrows(IllegalStateException.class, () -> pending.removed(NOW));
    }
}
