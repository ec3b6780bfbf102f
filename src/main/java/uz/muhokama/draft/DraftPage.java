package uz.muhokama.draft;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import uz.muhokama.platform.web.Paged;

/**
 * One page of search results, with the total for paging. {@code totalExact} is false when a search by
 * very common words, or one of more than {@value DraftSearchRepository#COUNT_LIMIT} drafts, was not
 * counted to the end: then {@code total} means "at least", and paging offers one more page. {@code next}
 * is the cursor of the following page, null on the last.
 */
@JsonbPropertyOrder({"items", "total", "totalExact", "page", "size", "next"})
public record DraftPage(List<DraftSummary> items, long total, boolean totalExact, int page, int size, String next)
        implements Paged {

    public int pages() {
        return (int) Math.max(1, (total + (totalExact ? 0 : 1) + size - 1) / size);
    }
}
