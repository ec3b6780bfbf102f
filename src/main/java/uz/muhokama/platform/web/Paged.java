package uz.muhokama.platform.web;

/**
 * A page of a list that continues by cursor: {@code next} is the cursor of the following page, or null on
 * the last. {@link CursorLinks} adds the {@code Link: <…>; rel="next"} header to any answer that is one.
 */
public interface Paged {

    String next();
}
