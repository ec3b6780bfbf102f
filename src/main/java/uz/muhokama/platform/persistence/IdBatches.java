package uz.muhokama.platform.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Ids split into batches for {@code IN (…)} lists: a thousand at most, which every database takes
 * (Oracle's limit, and far below Derby's and PostgreSQL's statement sizes) and keeps a query's plan small.
 */
public final class IdBatches {

    public static final int SIZE = 1000;

    private IdBatches() {}

    public static List<List<Long>> of(Collection<Long> ids) {
        List<Long> all = List.copyOf(ids);
        List<List<Long>> batches = new ArrayList<>();
        for (int from = 0; from < all.size(); from += SIZE) {
            batches.add(all.subList(from, Math.min(all.size(), from + SIZE)));
        }
        return batches;
    }
}
