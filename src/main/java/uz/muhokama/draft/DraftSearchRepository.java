package uz.muhokama.draft;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import uz.muhokama.platform.web.Cursor;

/**
 * The public search over drafts (the API's and the pages' alike): the query's words, filters, status
 * window, keyset page and count. It is the one query of the feature assembled from parts, with choices
 * made for Derby's optimizer explained where they are made, so it is kept apart from
 * {@link DraftRepository}'s plain reads and writes.
 */
@ApplicationScoped
class DraftSearchRepository {

    @PersistenceContext(unitName = "muhokama")
    EntityManager em;

    @Inject
    CommonWords commonWords;

    /**
     * One page of public drafts matching the search, and the total count; after {@code after}'s row when a
     * cursor is given (its keyset, never an offset), else the search's page.
     */
    public SearchResult search(DraftSearch search, Cursor after, Instant now, ZoneId zone, int rareWordLimit) {
        String status = search.status() == null ? "" : search.status();
        if ("closing".equals(search.sort()) && status.isEmpty()) {
            status = "not-closed";
        }
        StringBuilder where = new StringBuilder(" FROM Draft d WHERE d.publishedAt IS NOT NULL");
        Map<String, Object> params = new HashMap<>();
        SearchWords.Text text = new SearchWords(em, commonWords).filter(where, params, search.q(), rareWordLimit);
        if (text.match() == SearchWords.TextMatch.NOTHING) {
            return new SearchResult(List.of(), 0, true, null);
        }
        int textOnly = where.length();
        filters(where, params, search);
        windowAndDates(where, params, status, search, now, zone);
        SearchOrder order = SearchOrder.of(search.sort());
        Map<String, Object> pageParams = new HashMap<>(params);
        String keyset = after == null ? "" : order.after(after, pageParams);
        // Sort and page narrow rows (id and the sort keys) first, then load only the page's drafts.
        TypedQuery<Object[]> ids =
                em.createQuery("SELECT d.id, " + order.keys + where + keyset + order.orderBy, Object[].class);
        pageParams.forEach(ids::setParameter);
        if (search.q() == null || search.q().isBlank()) {
            // Without words the filters are known reference codes, dates and a minute-truncated clock, so
            // they go into the SQL as literals: the optimizer then sees how narrow a date range is (Derby
            // estimates bound ranges blindly and scanned a whole sector for "open, closing soonest"), and
            // the statement text stays the same for a minute, so its plan is reused.
            ids.setHint("eclipselink.jdbc.bind-parameters", "false");
        }
        long before = after == null ? (long) (search.page() - 1) * search.size() : after.seen();
        // One row more than the page tells whether a next page exists (its cursor starts after the page's last row).
        ids.setFirstResult(after == null ? (search.page() - 1) * search.size() : 0)
                .setMaxResults(search.size() + 1);
        List<Object[]> rows = ids.getResultList();
        Object[] last = rows.size() > search.size() ? order.keysOf(rows.get(search.size() - 1)) : null;
        List<Long> pageIds =
                rows.stream().limit(search.size()).map(row -> (Long) row[0]).toList();
        if (text.match() == SearchWords.TextMatch.COMMON_WORDS && pageIds.size() == search.size()) {
            // Counting common words to the end would read every match (a word of 12,000 drafts costs
            // Derby more than the page itself): the total says "at least" what was seen.
            long seen = before + search.size();
            return new SearchResult(
                    inOrder(pageIds), where.length() == textOnly ? Math.max(seen, text.atLeast()) : seen, false, last);
        }
        if (text.match() == SearchWords.TextMatch.COMMON_WORDS) {
            // A page that is not full is the last one: it tells the total.
            return new SearchResult(inOrder(pageIds), before + pageIds.size(), true, null);
        }
        if (text.match() == SearchWords.TextMatch.CANDIDATES && where.length() == textOnly) {
            // The candidates are the public drafts having every word (only public drafts have words).
            return new SearchResult(
                    inOrder(pageIds), new HashSet<>((List<?>) params.get("candidates")).size(), true, last);
        }
        if (rows.size() <= search.size() && after == null && search.page() == 1) {
            // The whole result is on the first page: it tells the total.
            return new SearchResult(inOrder(pageIds), pageIds.size(), true, null);
        }
        // Counted up to a bound, not to the end: COUNT over every public draft read the whole index on each
        // listing (250 ms at 100,000 drafts on Derby under 16 readers); past the bound the total says "at least".
        TypedQuery<Long> count = em.createQuery("SELECT d.id" + where, Long.class);
        params.forEach(count::setParameter);
        if (search.q() == null || search.q().isBlank()) {
            count.setHint("eclipselink.jdbc.bind-parameters", "false");
        }
        int counted = count.setMaxResults(COUNT_LIMIT + 1).getResultList().size();
        return counted > COUNT_LIMIT
                ? new SearchResult(inOrder(pageIds), COUNT_LIMIT, false, last)
                : new SearchResult(inOrder(pageIds), counted, true, last);
    }

    /** How far the total of a search is counted; a larger result is "at least" this many (DraftPage). */
    static final int COUNT_LIMIT = 2_000;

    /**
     * At most {@code limit} public drafts matching the search's words and filters, newest published first,
     * without a count: the newest order's path ({@code (published_at DESC, id DESC)}, or a filter's
     * {@code (code, published_at)} index), never the status (a feed lists what was published, whatever
     * became of its discussion since).
     */
    public List<Draft> newest(DraftSearch search, int limit, ZoneId zone, int rareWordLimit) {
        StringBuilder where = new StringBuilder(" FROM Draft d WHERE d.publishedAt IS NOT NULL");
        Map<String, Object> params = new HashMap<>();
        SearchWords.Text text = new SearchWords(em, commonWords).filter(where, params, search.q(), rareWordLimit);
        if (text.match() == SearchWords.TextMatch.NOTHING) {
            return List.of();
        }
        filters(where, params, search);
        windowAndDates(where, params, "", search, null, zone);
        SearchOrder order = SearchOrder.NEWEST;
        TypedQuery<Object[]> ids = em.createQuery("SELECT d.id, " + order.keys + where + order.orderBy, Object[].class);
        params.forEach(ids::setParameter);
        if (search.q() == null || search.q().isBlank()) {
            // Known codes and dates only: literals, as in search (the optimizer sees how narrow they are).
            ids.setHint("eclipselink.jdbc.bind-parameters", "false");
        }
        List<Long> found = ids.setMaxResults(limit).getResultList().stream()
                .map(row -> (Long) row[0])
                .toList();
        return inOrder(found);
    }

    /** The filters on reference codes: each an equality on an indexed column of the draft. */
    private static void filters(StringBuilder where, Map<String, Object> params, DraftSearch search) {
        filter(where, params, "d.sectorCode", "sector", search.sector());
        filter(where, params, "d.actTypeCode", "actType", search.actType());
        filter(where, params, "d.agencyCode", "agency", search.agency());
        filter(where, params, "d.regionCode", "region", search.region());
    }

    /** The status (a function of the discussion window copied onto the draft, and the clock) and the opening-day range. */
    private static void windowAndDates(
            StringBuilder where,
            Map<String, Object> params,
            String status,
            DraftSearch search,
            Instant now,
            ZoneId zone) {
        switch (status) {
            case "scheduled" ->
                where.append(" AND d.state = uz.muhokama.draft.DraftState.PUBLISHED AND d.discussion.opensAt > :now");
            case "open" ->
                where.append(
                        " AND d.state = uz.muhokama.draft.DraftState.PUBLISHED AND d.discussion.opensAt <= :now AND d.discussion.closesAt > :now");
            case "closed" ->
                where.append(" AND d.state = uz.muhokama.draft.DraftState.PUBLISHED AND d.discussion.closesAt <= :now");
            case "not-closed" ->
                where.append(" AND d.state = uz.muhokama.draft.DraftState.PUBLISHED AND d.discussion.closesAt > :now");
            case "summary-published" ->
                where.append(
                        " AND d.state = uz.muhokama.draft.DraftState.PUBLISHED AND d.summaryPublishedAt IS NOT NULL");
            case "withdrawn" -> where.append(" AND d.state = uz.muhokama.draft.DraftState.WITHDRAWN");
            default -> {}
        }
        if (where.indexOf(":now") >= 0) {
            params.put("now", now.truncatedTo(ChronoUnit.MINUTES));
        }
        if (search.from() != null) {
            where.append(" AND d.discussion.opensAt >= :from");
            params.put("from", search.from().atStartOfDay(zone).toInstant());
        }
        if (search.to() != null) {
            where.append(" AND d.discussion.opensAt < :to");
            params.put("to", search.to().plusDays(1).atStartOfDay(zone).toInstant());
        }
    }

    private List<Draft> inOrder(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Draft> byId = new HashMap<>();
        em.createQuery("SELECT d FROM Draft d WHERE d.id IN :ids", Draft.class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(d -> byId.put(d.id(), d));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    private static void filter(
            StringBuilder where, Map<String, Object> params, String column, String name, String value) {
        if (value != null && !value.isBlank()) {
            where.append(" AND ").append(column).append(" = :").append(name);
            params.put(name, value.trim());
        }
    }

    /**
     * A page of drafts and how many match in all ({@code totalExact} false: at least that many);
     * {@code lastKeys} are the sort keys and id of the page's last row when another page follows, else null.
     */
    public record SearchResult(List<Draft> drafts, long total, boolean totalExact, Object[] lastKeys) {}
}
