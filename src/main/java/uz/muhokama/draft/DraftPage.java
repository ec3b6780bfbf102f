package uz.muhokama.draft;

import java.util.List;

/**
 * One page of search results, with the total for paging. {@code totalExact} is false when a search by
 * very common words was not counted to the end: then {@code total} means "at least", and paging offers
 * one more page. {@code next} is the cursor of the following page, null on the last.
 */
@jakarta.json.bind.annotation.JsonbPropertyOrder({"items", "total", "totalExact", "page", "size", "next"})
public record DraftPage(List<DraftSummary> items, long total, boolean totalExact, int page, int size, String next)
        implements uz.muhokama.platform.web.Paged {

    public int pages() {
        return (int) Math.max(1, (total + (totalExact ? 0 : 1) + size - 1) / size);
    }
}
