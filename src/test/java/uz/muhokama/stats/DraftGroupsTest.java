package uz.muhokama.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uz.muhokama.draft.DraftFacts;

class DraftGroupsTest {

    private static final ZoneId TASHKENT = ZoneId.of("Asia/Tashkent");
    private static final StatsPeriod MARCH = new StatsPeriod(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));
    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");

    private static DraftFacts.Life life(
            String agency, String published, String closes, String summary, boolean withdrawn) {
        Instant p = Instant.parse(published);
        return new DraftFacts.Life(
                "energy",
                agency,
                p,
                p,
                closes == null ? null : Instant.parse(closes),
                summary == null ? null : Instant.parse(summary),
                withdrawn);
    }

    @Test
    void publishedHeldOpenMedianAndOverdueFollowTheirRules() {
        List<DraftFacts.Life> lives = List.of(
                life(
                        "a",
                        "2026-03-02T05:00:00Z",
                        "2026-03-20T05:00:00Z",
                        "2026-03-30T05:00:00Z",
                        false), // 10 days to summary
                life("a", "2026-03-03T05:00:00Z", "2026-03-25T05:00:00Z", "2026-03-29T05:00:00Z", false), // 4 days
                life("a", "2026-02-01T05:00:00Z", "2026-02-20T05:00:00Z", null, false), // overdue
                life("a", "2026-03-04T05:00:00Z", "2026-03-28T05:00:00Z", null, true), // withdrawn
                life("a", "2026-05-20T05:00:00Z", "2026-06-10T05:00:00Z", null, false), // open now
                life(
                        "b",
                        "2026-01-10T05:00:00Z",
                        "2026-02-15T05:00:00Z",
                        "2026-04-10T05:00:00Z",
                        false)); // summary after the period
        Map<String, DraftGroups.Figures> groups = DraftGroups.figures(
                MARCH,
                TASHKENT,
                NOW,
                30,
                lives,
                Map.of(List.of("energy", "a"), new long[] {7, 2, 1, 1}),
                DraftFacts.Life::agency,
                key -> key.get(1));
        DraftGroupTable.Row a = groups.get("a").row("a", "A");
        assertEquals(3, a.draftsPublished());
        assertEquals(2, a.discussionsHeld(), "closed in March; the withdrawn one is not held");
        assertEquals(1, a.openNow());
        assertEquals(7, a.comments());
        assertEquals(4, a.decided());
        assertEquals(50.0, a.acceptedShare());
        assertEquals(7.0, a.medianDaysToSummary());
        assertEquals(1, a.summariesOverdue(), "closed 20 February, nothing by 31 March, due within 30 days");
        DraftGroupTable.Row b = groups.get("b").row("b", "B");
        assertEquals(1, b.summariesOverdue(), "at the end of March its summary was still 19 days late");
        assertNull(b.medianDaysToSummary(), "its summary came in April");
    }
}
