package uz.muhokama.draft;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import uz.muhokama.platform.error.InvalidInput;
import uz.muhokama.platform.web.Cursors;

/**
 * A public search: free text over number, titles and summaries in all three languages, filters, sort
 * and page, or the cursor of the page to go on from. {@code from}/{@code to} bound the day the discussion
 * opens (Tashkent time); {@code region} (a region code) keeps the drafts of that region's own authorities.
 */
public record DraftSearch(
        String q,
        String sector,
        String actType,
        String agency,
        String region,
        String status,
        LocalDate from,
        LocalDate to,
        String sort,
        int page,
        int size,
        String cursor) {

    public static final int MAX_PAGE_SIZE = 100;
    public static final int DEFAULT_PAGE_SIZE = 20;

    public DraftSearch {
        page = Math.max(1, page);
        size = size <= 0 ? DEFAULT_PAGE_SIZE : Math.min(size, MAX_PAGE_SIZE);
        sort = sort == null || sort.isBlank() ? "newest" : sort;
    }

    /** A search by page number (the pages and the portal's own lists). */
    public DraftSearch(
            String q,
            String sector,
            String actType,
            String agency,
            String status,
            LocalDate from,
            LocalDate to,
            String sort,
            int page,
            int size) {
        this(q, sector, actType, agency, null, status, from, to, sort, page, size, null);
    }

    /** What a cursor of this search is made for: everything that chooses the drafts and their order. */
    String filters() {
        // The region joins the hash only when given, so cursors made before the region filter stay valid.
        return region == null || region.isBlank()
                ? Cursors.filters(q, sector, actType, agency, status, from, to, sort)
                : Cursors.filters(q, sector, actType, agency, status, from, to, sort, region);
    }

    /**
     * The words a query {@code q} is searched by, normalized and split exactly as the search does it (each
     * must begin a word of a matching draft): for features that match drafts against a saved search later,
     * such as the follows of a search, which must agree with what the search itself finds.
     */
    public static List<String> words(String q) {
        return List.copyOf(SearchWords.words(q));
    }

    /** A yyyy-MM-dd filter value; blank means no bound, anything else malformed is a 400 on that field. */
    public static LocalDate parseDate(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "draft.search.date-invalid");
        }
    }
}
