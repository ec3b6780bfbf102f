package uz.muhokama.participation;

import java.util.List;
import uz.muhokama.platform.web.Paged;

/**
 * One page of a draft's comments (all, or one clause's), each with its replies; {@code next} is the cursor
 * of the following page, null on the last.
 */
public record CommentPage(
        List<CommentView> items, long total, int page, int size, String sort, String clause, String next)
        implements Paged {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasSeveralPages() {
        return pages() > 1;
    }

    /** The clause filter as it continues a page link's query ({@code &clause=3}), or nothing. */
    public String clauseQuery() {
        return clause == null ? "" : "&clause=" + clause;
    }
}
