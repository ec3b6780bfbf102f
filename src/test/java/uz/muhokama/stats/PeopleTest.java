package uz.muhokama.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.roaringbitmap.FastAggregation;
import org.roaringbitmap.RoaringBitmap;

class PeopleTest {

    @Test
    void aSetSurvivesItsBytesAndCountsEachPersonOnce() {
        RoaringBitmap monday = People.read(null);
        assertTrue(People.add(monday, List.of(7L, 8L, 7L, 100_000L)));
        assertFalse(People.add(monday, List.of(8L)), "nobody new");
        RoaringBitmap tuesday = People.read(People.write(People.read(People.write(monday))));
        People.add(tuesday, List.of(9L));
        assertEquals(3, People.read(People.write(monday)).getCardinality());
        RoaringBitmap week = FastAggregation.or(monday, tuesday);
        assertEquals(4, week.getCardinality(), "7, 8, 9 and 100,000: each once however many days");
        RoaringBitmap samarkand = People.read(null);
        People.add(samarkand, List.of(8L, 9L, 55L));
        assertEquals(2, RoaringBitmap.andCardinality(week, samarkand));
    }

    @Test
    void anIdBeyondTheRangeIsRefusedNotMiscounted() {
        assertThrows(IllegalStateException.class, () -> People.add(new RoaringBitmap(), List.of(1L << 31)));
    }
}
