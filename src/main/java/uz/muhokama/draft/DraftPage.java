package uz.muhokama.draft;

import java.util.List;

/**
 * One page of search results, with the total for paging. {@code totalExact} is false when a search by
 * very common words was not counted to the end: then {@code total} means "at least", and paging offers
 * one more page.
 */
@jakarta.json.bind.annotation.JsonbPropertyOrder({"items", "total", "totalExact", "page", "size"})
public record DraftPage(List<DraftSummary> items, long total, boolean totalExact, int page, int size) {

    public int pages() {
        return (int) Math.max(1, (total + (totalExact ? 0 : 1) + size - 1) / size);
    }
}
