package uz.muhokama.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import uz.muhokama.draft.ClauseChange.Kind;

class VersionComparisonTest {

    private static DraftView.ClauseView clause(String key, String number, String text) {
        return new DraftView.ClauseView(key, number, null, text);
    }

    @Test
    void clausesAreFollowedByTheirKeyNotTheirNumber() {
        List<DraftView.ClauseView> v1 = List.of(
                clause("a", "1", "Purpose"),
                clause("b", "2", "Terms"),
                clause("c", "3", "Tariffs yearly"),
                clause("d", "4", "Repealed rule"));
        List<DraftView.ClauseView> v2 = List.of(
                clause("a", "1", "Purpose"),
                clause("c", "2", "Tariffs quarterly"),
                clause("b", "3", "Terms"),
                clause("e", "4", "New rule"));

        List<ClauseChange> changes = VersionComparison.compare(v1, v2);

        assertEquals(
                List.of(Kind.KEPT, Kind.MOVED_AND_EDITED, Kind.MOVED, Kind.ADDED, Kind.REMOVED),
                changes.stream().map(ClauseChange::kind).toList());
        assertEquals("3", changes.get(1).before().number());
        assertEquals("2", changes.get(1).after().number());
        assertEquals("d", changes.get(4).key());
    }

    @Test
    void anEditInPlaceIsOnlyAnEdit() {
        List<ClauseChange> changes = VersionComparison.compare(
                List.of(clause("a", "1", "old"), clause("b", "2", "same")),
                List.of(clause("a", "1", "new"), clause("b", "2", "same")));
        assertEquals(
                List.of(Kind.EDITED, Kind.KEPT),
                changes.stream().map(ClauseChange::kind).toList());
    }
}
