package uz.muhokama.draft;

import java.util.List;

/** One page of search results, with the total for paging. */
public record DraftPage(List<DraftSummary> items, long total, int page, int size) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
