package uz.muhokama.draft;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares two versions clause by clause through the clauses' stable keys: a clause whose key is in
 * both versions was kept, edited or moved; keys only in the newer version were added, keys only in
 * the older one removed. "Moved" means its place among the clauses both versions share changed.
 */
final class VersionComparison {

    private VersionComparison() {}

    public static List<ClauseChange> compare(List<DraftView.ClauseView> older, List<DraftView.ClauseView> newer) {
        Map<String, DraftView.ClauseView> before = byKey(older);
        Map<String, DraftView.ClauseView> after = byKey(newer);
        List<String> sharedBefore = older.stream()
                .map(DraftView.ClauseView::key)
                .filter(after::containsKey)
                .toList();
        List<String> sharedAfter = newer.stream()
                .map(DraftView.ClauseView::key)
                .filter(before::containsKey)
                .toList();

        List<ClauseChange> changes = new ArrayList<>();
        for (DraftView.ClauseView clause : newer) {
            DraftView.ClauseView was = before.get(clause.key());
            if (was == null) {
                changes.add(new ClauseChange(ClauseChange.Kind.ADDED, clause.key(), null, clause));
                continue;
            }
            boolean edited = !was.sameTextAs(clause);
            boolean moved = sharedBefore.indexOf(clause.key()) != sharedAfter.indexOf(clause.key());
            ClauseChange.Kind kind = moved && edited
                    ? ClauseChange.Kind.MOVED_AND_EDITED
                    : moved ? ClauseChange.Kind.MOVED : edited ? ClauseChange.Kind.EDITED : ClauseChange.Kind.KEPT;
            changes.add(new ClauseChange(kind, clause.key(), was, clause));
        }
        for (DraftView.ClauseView clause : older) {
            if (!after.containsKey(clause.key())) {
                changes.add(new ClauseChange(ClauseChange.Kind.REMOVED, clause.key(), clause, null));
            }
        }
        return changes;
    }

    private static Map<String, DraftView.ClauseView> byKey(List<DraftView.ClauseView> clauses) {
        Map<String, DraftView.ClauseView> map = new LinkedHashMap<>();
        clauses.forEach(c -> map.put(c.key(), c));
        return map;
    }
}
