package uz.muhokama.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartsAndSharesTest {

    @Test
    void sharesArePercentWithOneDecimalAndNullForNothingDecided() {
        assertEquals(33.3, Shares.percent(1, 3));
        assertEquals(66.7, Shares.percent(2, 3));
        assertNull(Shares.percent(0, 0));
        assertEquals(0.05, Shares.per100k(2, 4_031_299L));
        assertNull(Shares.per100k(5, null));
        assertEquals(2.5, Shares.median(List.of(4.0, 1.0, 2.0, 3.0)));
        assertEquals(3.0, Shares.median(List.of(3.0)));
        assertNull(Shares.median(List.of()));
    }

    @Test
    void theLongestBarFillsTheSpaceAndTinyValuesStayVisible() {
        BarChart chart = BarChart.of("Participants", List.of("A", "B", "C", "D"), Arrays.asList(200L, 1L, 0L, null));
        assertEquals(BarChart.BAR_SPACE, chart.bars().get(0).length());
        assertEquals(2.0, chart.bars().get(1).length());
        assertEquals(0.0, chart.bars().get(2).length());
        assertEquals("—", chart.bars().get(3).value());
        assertEquals("0 0 800 112", chart.viewBox());
        assertEquals(4 + BarChart.ROW, chart.bars().get(1).y());
        BarChart empty = BarChart.of("Nothing", List.of("A"), List.of(0L));
        assertEquals(0.0, empty.bars().get(0).length(), "no division by zero");
    }
}
