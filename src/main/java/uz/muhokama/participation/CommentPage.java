package uz.muhokama.participation;

import java.util.List;

/** One page of a draft's comments (all, or one clause's), each with its replies. */
public record CommentPage(List<CommentView> items, long total, int page, int size, String sort, String clause) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
