package uz.muhokama.platform.web;

import java.util.List;
import java.util.function.Function;

/**
 * What a list's service hands its resource: the rows of one page and the cursor of the next (null on the
 * last). Found by reading one row more than the page, so the last page never offers an empty one.
 */
public record Slice<T>(List<T> items, String next) implements Paged {

    public Slice {
        items = List.copyOf(items);
    }

    /**
     * The first {@code size} of {@code read} (read with one row more than the page), and the cursor after
     * the last of them when there was more, made by {@code after}.
     */
    public static <T> Slice<T> of(List<T> read, int size, Function<T, String> after) {
        if (read.size() <= size) {
            return new Slice<>(read, null);
        }
        List<T> page = read.subList(0, size);
        return new Slice<>(page, after.apply(page.get(size - 1)));
    }
}
