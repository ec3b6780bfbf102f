package uz.muhokama.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DigestSlotTest {

    private static final ZoneId TASHKENT = ZoneId.of("Asia/Tashkent");

    @Test
    void theSlotIsTheTashkentHourAnInstantFallsIn() {
        // 2026-12-08 02:59:59 UTC is 07:59:59 in Tashkent (UTC+5): the 07 slot of Tuesday the 8th.
        DigestSlot slot = DigestSlot.at(Instant.parse("2026-12-08T02:59:59Z"), TASHKENT);
        assertEquals("2026-12-08T07", slot.key());
        assertEquals(Instant.parse("2026-12-08T02:00:00Z"), slot.start());
        assertEquals(7, slot.hour());
        assertEquals(2, slot.weekday());
        assertEquals(
                "2026-12-08T08",
                DigestSlot.at(Instant.parse("2026-12-08T03:00:00Z"), TASHKENT).key());
    }

    @Test
    void theTashkentDayBeginsAtSevenInTheEveningUtc() {
        DigestSlot slot = DigestSlot.at(Instant.parse("2026-12-06T19:30:00Z"), TASHKENT);
        assertEquals("2026-12-07T00", slot.key());
        assertEquals(1, slot.weekday(), "Monday in Tashkent while still Sunday in UTC");
    }

    @Test
    void aSlotReadBackFromItsKeyIsTheSame() {
        DigestSlot slot = DigestSlot.at(Instant.parse("2026-12-08T03:10:00Z"), TASHKENT);
        assertEquals(Optional.of(slot), DigestSlot.of(slot.key(), TASHKENT));
        assertEquals(Optional.empty(), DigestSlot.of("event-12", TASHKENT));
        assertEquals(Optional.empty(), DigestSlot.of("2026-12-08T25", TASHKENT));
    }

    @Test
    void dailyDigestsGoAtThePersonsHourAndWeeklyOnesOnlyOnTheirDayToo() {
        DigestSlot mondayEight = DigestSlot.at(Instant.parse("2026-12-07T03:00:00Z"), TASHKENT);
        assertEquals(1, mondayEight.weekday());
        assertTrue(mondayEight.isFor(NotificationDelivery.Kind.DAILY, 8, 3));
        assertFalse(mondayEight.isFor(NotificationDelivery.Kind.DAILY, 9, 1));
        assertTrue(mondayEight.isFor(NotificationDelivery.Kind.WEEKLY, 8, 1));
        assertFalse(mondayEight.isFor(NotificationDelivery.Kind.WEEKLY, 8, 3));
        DigestSlot sundayEight = DigestSlot.at(Instant.parse("2026-12-13T03:00:00Z"), TASHKENT);
        assertTrue(sundayEight.isFor(NotificationDelivery.Kind.WEEKLY, 8, 7));
        assertFalse(sundayEight.isFor(NotificationDelivery.Kind.WEEKLY, 8, 1));
    }

    @Test
    void theSlotsBeforeOneCrossMidnightIntoTheDayBefore() {
        DigestSlot mondayTwo = DigestSlot.at(Instant.parse("2026-12-06T21:15:00Z"), TASHKENT);
        assertEquals("2026-12-07T02", mondayTwo.key());
        DigestSlot sundayTen = mondayTwo.hoursBefore(4, TASHKENT);
        assertEquals("2026-12-06T22", sundayTen.key());
        assertEquals(7, sundayTen.weekday());
        assertEquals(Instant.parse("2026-12-06T17:00:00Z"), sundayTen.start());
        assertEquals(Optional.of(sundayTen), DigestSlot.of(sundayTen.key(), TASHKENT));
    }
}
