package uz.muhokama.participation;

import java.util.List;

/** One page of a draft's comments (all, or one clause's), each with its replies. */
public record CommentPage(List<CommentView> items, long total, int page, int size, String sort, String clause) {

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
