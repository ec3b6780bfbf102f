package uz.muhokama.notification;

import java.time.LocalDate;
import java.util.List;

/**
 * What a follow follows, checked and in canonical form: {@code key} is the same for the same thing however
 * it was asked for (a code, a draft's id, or a saved search's filters and words as a sorted query string),
 * so that following it twice finds the first follow.
 *
 * @param q     a saved search's query as written (shown in its label); its {@code words} are what match
 * @param words a saved search's words, normalized as the drafts search normalizes them, sorted
 */
record FollowKey(
        FollowTarget target,
        String key,
        String sector,
        String agency,
        String region,
        String actType,
        Long draftId,
        LocalDate from,
        LocalDate to,
        String q,
        List<String> words) {

    FollowKey {
        words = words == null ? List.of() : List.copyOf(words);
    }

    static FollowKey code(FollowTarget target, String code) {
        return new FollowKey(
                target,
                code,
                target == FollowTarget.SECTOR ? code : null,
                target == FollowTarget.AGENCY ? code : null,
                target == FollowTarget.REGION ? code : null,
                null,
                null,
                null,
                null,
                null,
                List.of());
    }

    static FollowKey draft(long draftId) {
        return new FollowKey(
                FollowTarget.DRAFT,
                Long.toString(draftId),
                null,
                null,
                null,
                null,
                draftId,
                null,
                null,
                null,
                List.of());
    }

    /**
     * A saved search. Its key names each filter given, in alphabetical order, and the words sorted and
     * joined by {@code +}: "tarif Energiya" and "energiya  tarif" are one search.
     */
    static FollowKey search(
            String q,
            List<String> words,
            String sector,
            String actType,
            String agency,
            String region,
            LocalDate from,
            LocalDate to) {
        List<String> sorted = words.stream().sorted().toList();
        StringBuilder key = new StringBuilder();
        append(key, "actType", actType);
        append(key, "agency", agency);
        append(key, "from", from == null ? null : from.toString());
        append(key, "q", sorted.isEmpty() ? null : String.join("+", sorted));
        append(key, "region", region);
        append(key, "sector", sector);
        append(key, "to", to == null ? null : to.toString());
        return new FollowKey(
                FollowTarget.SEARCH,
                key.toString(),
                sector,
                agency,
                region,
                actType,
                null,
                from,
                to,
                sorted.isEmpty() ? null : q.strip(),
                sorted);
    }

    private static void append(StringBuilder key, String name, String value) {
        if (value != null) {
            key.append(key.isEmpty() ? "" : "&").append(name).append('=').append(value);
        }
    }
}
