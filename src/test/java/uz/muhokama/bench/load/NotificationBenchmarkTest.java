package uz.muhokama.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the notifications benchmark reads from the ceiling app and the portal, and where it moves the clock. */
class NotificationBenchmarkTest {

    @Test
    void theCeilingAppsLinesAreReadAsFields() {
        assertEquals(
                Map.of("event", "12", "state", "DONE", "notifications", "100000", "mail.sent", "99990"),
                NotificationBenchmark.fields("event=12 state=DONE notifications=100000 mail.sent=99990\n"));
        assertEquals(Map.of("event", "none"), NotificationBenchmark.fields("event=none"));
        assertEquals(Map.of("rows", "5", "ms", "10"), NotificationBenchmark.fields("  rows=5   ms=10 "));
    }

    @Test
    void jsonMembersAreFoundByName() {
        String json =
                "{\"id\": 3, \"number\": \"ID-100003\", \"sector\": {\"code\": \"energy\"}, \"offsetSeconds\": -60}";
        assertEquals("ID-100003", NotificationBenchmark.jsonString(json, "number"));
        assertEquals(-60, NotificationBenchmark.jsonLong(json, "offsetSeconds"));
        assertThrows(IllegalStateException.class, () -> NotificationBenchmark.jsonString(json, "title"));
    }

    @Test
    void theDigestSlotIsTheNextHourInTashkentAtLeastAMinuteAway() {
        // 02:00 UTC is 07:00 in Tashkent: 08:00 the same day.
        assertEquals(
                Instant.parse("2026-12-07T03:00:00Z"),
                NotificationBenchmark.nextDigestSlot(Instant.parse("2026-12-07T02:00:00Z"), 8));
        // 02:59:30 UTC: less than a minute before the slot, so the next day's.
        assertEquals(
                Instant.parse("2026-12-08T03:00:00Z"),
                NotificationBenchmark.nextDigestSlot(Instant.parse("2026-12-07T02:59:30Z"), 8));
        // 15:00 UTC is 20:00 in Tashkent: tomorrow's 08:00.
        assertEquals(
                Instant.parse("2026-12-08T03:00:00Z"),
                NotificationBenchmark.nextDigestSlot(Instant.parse("2026-12-07T15:00:00Z"), 8));
    }
}
