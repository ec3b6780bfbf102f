package uz.muhokama.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import uz.muhokama.platform.error.FieldError;
import uz.muhokama.platform.error.InvalidInput;

class StatsPeriodTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final ZoneId TASHKENT = ZoneId.of("Asia/Tashkent");

    @Test
    void missingEndsAreThePortalsFirstDayAndToday() {
        StatsPeriod all = StatsPeriod.parse(null, " ", TODAY);
        assertEquals(StatsPeriod.EARLIEST, all.from());
        assertEquals(TODAY, all.to());
        assertEquals(
                new StatsPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)),
                StatsPeriod.parse("2026-01-01", "2026-03-31", TODAY));
    }

    @Test
    void aStartAfterTodayWithoutAnEndIsOneDay() {
        StatsPeriod ahead = StatsPeriod.parse("2030-05-01", null, TODAY);
        assertEquals(ahead.from(), ahead.to());
    }

    @Test
    void eachBadValueIsNamedByItsField() {
        InvalidInput both =
                assertThrows(InvalidInput.class, () -> StatsPeriod.parse("2026-02-30", "31.12.2026", TODAY));
        assertEquals(
                List.of("from", "to"),
                both.fieldErrors().stream().map(FieldError::field).toList());
        assertEquals("stats.period.bad-date", both.fieldErrors().get(0).messageKey());
        InvalidInput early = assertThrows(InvalidInput.class, () -> StatsPeriod.parse("1999-01-01", null, TODAY));
        assertEquals("stats.period.out-of-range", early.fieldErrors().get(0).messageKey());
        assertThrows(InvalidInput.class, () -> StatsPeriod.parse("+2026-01-01", null, TODAY));
        InvalidInput backwards =
                assertThrows(InvalidInput.class, () -> StatsPeriod.parse("2026-03-01", "2026-02-28", TODAY));
        assertEquals("to", backwards.fieldErrors().get(0).field());
    }

    @Test
    void daysAreTashkentDays() {
        StatsPeriod day = new StatsPeriod(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1));
        assertTrue(
                day.includes(Instant.parse("2026-02-28T19:00:00Z"), TASHKENT),
                "midnight in Tashkent is 19:00 UTC the day before");
        assertFalse(day.includes(Instant.parse("2026-02-28T18:59:59Z"), TASHKENT));
        assertFalse(day.includes(Instant.parse("2026-03-01T19:00:00Z"), TASHKENT));
        assertEquals("from=2026-03-01&to=2026-03-01", day.query());
    }
}
