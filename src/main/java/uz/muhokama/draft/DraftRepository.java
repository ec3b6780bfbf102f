package uz.muhokama.draft;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uz.muhokama.platform.i18n.SearchText;

/** Drafts and their versions, and the public search over them. */
@ApplicationScoped
public class DraftRepository {

    @PersistenceContext(unitName = "muhokama")
    EntityManager em;

    public Draft add(Draft draft) {
        em.persist(draft);
        em.flush();
        draft.numberAssigned();
        indexTerms(draft);
        return draft;
    }

    /**
     * Rewrites the draft's search words after its text changed or it was published. Only public
     * drafts have words: the public search is all that reads them, and it can then count a word's
     * drafts from the word index alone.
     */
    public void indexTerms(Draft draft) {
        em.createQuery("DELETE FROM DraftTerm t WHERE t.draftId = :draft").setParameter("draft", draft.id()).executeUpdate();
        if (!draft.isPublic()) {
            return;
        }
        for (String term : SearchText.terms(draft.searchText())) {
            em.persist(new DraftTerm(term, draft.id()));
        }
    }

    /** Public drafts that have no search words yet (written before words were indexed, or bulk-loaded). */
    public List<Draft> withoutTerms(int limit) {
        return em.createQuery("SELECT d FROM Draft d WHERE d.publishedAt IS NOT NULL "
                + "AND NOT EXISTS (SELECT t FROM DraftTerm t WHERE t.draftId = d.id) "
                + "ORDER BY d.id", Draft.class).setMaxResults(limit).getResultList();
    }

    /** What other features need of a public draft, without loading its long texts. */
    public record Header(long id, DraftState state, int currentVersion, String agencyCode, String titleUz, String titleRu,
                         String titleEn) {}

    public Optional<Header> publicHeader(long id) {
        return em.createQuery("SELECT d.id, d.state, d.currentVersion, d.agencyCode, d.titleUz, d.titleRu, d.titleEn "
                        + "FROM Draft d WHERE d.id = :id AND d.publishedAt IS NOT NULL", Object[].class)
                .setParameter("id", id).getResultList().stream().findFirst()
                .map(r -> new Header((Long) r[0], (DraftState) r[1], (Integer) r[2], (String) r[3], (String) r[4],
                        (String) r[5], (String) r[6]))
                .filter(h -> h.state() != DraftState.UNPUBLISHED);
    }

    /**
     * Locks the draft's row until the transaction ends and reads it afresh, for changes that keep
     * counts on it (attachments, extensions): two at once would otherwise lose one.
     */
    public void lock(Draft draft) {
        em.lock(draft, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    }

    public Optional<Draft> find(long id) {
        return Optional.ofNullable(em.find(Draft.class, id));
    }

    public DraftVersion add(DraftVersion version) {
        em.persist(version);
        return version;
    }

    public Optional<DraftVersion> version(long draftId, int number) {
        return em.createQuery("SELECT v FROM DraftVersion v WHERE v.draftId = :draft AND v.number = :no", DraftVersion.class)
                .setParameter("draft", draftId).setParameter("no", number).getResultList().stream().findFirst();
    }

    /** The clauses of one version in order, as the page shows them: one query, no entities to manage. */
    public List<DraftView.ClauseView> clauseViews(long draftId, int number) {
        return em.createQuery("SELECT c.key, c.number, c.heading, c.text, c.position FROM Clause c "
                        + "WHERE c.version.draftId = :draft AND c.version.number = :no", Object[].class)
                .setParameter("draft", draftId).setParameter("no", number).getResultList().stream()
                .sorted(java.util.Comparator.comparingInt(row -> (Integer) row[4]))
                .map(row -> new DraftView.ClauseView((String) row[0], (String) row[1], (String) row[2], (String) row[3]))
                .toList();
    }

    /** The list of a draft's versions, without their clauses. */
    public List<DraftView.VersionInfo> versionInfos(long draftId) {
        return em.createQuery("SELECT v.number, v.createdAt, v.changeNote FROM DraftVersion v WHERE v.draftId = :draft",
                        Object[].class)
                .setParameter("draft", draftId).getResultList().stream()
                .map(row -> new DraftView.VersionInfo((Integer) row[0], (java.time.Instant) row[1], (String) row[2]))
                .sorted(java.util.Comparator.comparingInt(DraftView.VersionInfo::number))
                .toList();
    }

    public List<Long> discussedBetween(Instant from, Instant to) {
        return em.createQuery("SELECT d.id FROM Draft d WHERE d.publishedAt IS NOT NULL AND d.discussionClosesAt >= :from "
                        + "AND d.discussionOpensAt <= :to", Long.class)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    public void setCommentCount(long draftId, long count) {
        em.createQuery("UPDATE Draft d SET d.commentCount = :count WHERE d.id = :id AND d.commentCount <> :count")
                .setParameter("count", (int) Math.min(Integer.MAX_VALUE, count)).setParameter("id", draftId).executeUpdate();
    }

    public List<Draft> ofAgency(String agencyCode) {
        return em.createQuery("SELECT d FROM Draft d WHERE d.agencyCode = :agency ORDER BY d.updatedAt DESC", Draft.class)
                .setParameter("agency", agencyCode).getResultList();
    }

    /** One page of public drafts matching the search, and the total count. */
    public SearchResult search(DraftSearch search, Instant now, ZoneId zone, int rareWordLimit) {
        String status = search.status() == null ? "" : search.status();
        if ("closing".equals(search.sort()) && status.isEmpty()) {
            status = "not-closed";
        }
        // Status is a function of the discussion window (copied onto the draft for search) and the clock.
        StringBuilder where = new StringBuilder(" FROM Draft d WHERE d.publishedAt IS NOT NULL");
        Map<String, Object> params = new HashMap<>();
        TextMatch text = textFilter(where, params, search.q(), rareWordLimit);
        if (text == TextMatch.NOTHING) {
            return new SearchResult(List.of(), 0, true);
        }
        int textOnly = where.length();
        filter(where, params, "d.sectorCode", "sector", search.sector());
        filter(where, params, "d.actTypeCode", "actType", search.actType());
        filter(where, params, "d.agencyCode", "agency", search.agency());
        switch (status) {
            case "scheduled" -> where.append(" AND d.state = uz.muhokama.draft.DraftState.PUBLISHED AND d.discussionOpensAt > :now");
            case "open" -> where.append(" AND d.state = uz.muhokama.draft.DraftState.PUBLISHED AND d.discussionOpensAt <= :now AND d.discussionClosesAt > :now");
            case "closed" -> where.append(" AND d.state = uz.muhokama.draft.DraftState.PUBLISHED AND d.discussionClosesAt <= :now");
            case "not-closed" -> where.append(" AND d.state = uz.muhokama.draft.DraftState.PUBLISHED AND d.discussionClosesAt > :now");
            case "withdrawn" -> where.append(" AND d.state = uz.muhokama.draft.DraftState.WITHDRAWN");
            default -> { }
        }
        if (where.indexOf(":now") >= 0) {
            params.put("now", now.truncatedTo(java.time.temporal.ChronoUnit.MINUTES));
        }
        if (search.from() != null) {
            where.append(" AND d.discussionOpensAt >= :from");
            params.put("from", search.from().atStartOfDay(zone).toInstant());
        }
        if (search.to() != null) {
            where.append(" AND d.discussionOpensAt < :to");
            params.put("to", search.to().plusDays(1).atStartOfDay(zone).toInstant());
        }
        String[] order = switch (search.sort()) {
            case "closing" -> new String[] {"d.discussionClosesAt", " ORDER BY d.discussionClosesAt ASC, d.id DESC"};
            case "oldest" -> new String[] {"d.publishedAt", " ORDER BY d.publishedAt ASC, d.id ASC"};
            case "discussed" -> new String[] {"d.commentCount", " ORDER BY d.commentCount DESC, d.publishedAt DESC, d.id DESC"};
            default -> new String[] {"d.publishedAt", " ORDER BY d.publishedAt DESC, d.id DESC"};
        };
        // Sort and page narrow rows (id and the sort key) first, then load only the page's drafts.
        TypedQuery<Object[]> ids = em.createQuery("SELECT d.id, " + order[0] + where + order[1], Object[].class);
        params.forEach(ids::setParameter);
        if (search.q() == null || search.q().isBlank()) {
            // Without words the filters are known reference codes, dates and a minute-truncated clock, so
            // they go into the SQL as literals: the optimizer then sees how narrow a date range is (Derby
            // estimates bound ranges blindly and scanned a whole sector for "open, closing soonest"), and
            // the statement text stays the same for a minute, so its plan is reused.
            ids.setHint("eclipselink.jdbc.bind-parameters", "false");
        }
        ids.setFirstResult((search.page() - 1) * search.size()).setMaxResults(search.size());
        List<Long> pageIds = ids.getResultList().stream().map(row -> (Long) row[0]).toList();
        if (text == TextMatch.COMMON_WORDS && pageIds.size() == search.size()) {
            return countCommon(inOrder(pageIds), where.length() == textOnly, params, (long) search.page() * search.size());
        }
        if (text == TextMatch.COMMON_WORDS) {
            // A page that is not full is the last one: it tells the total.
            return new SearchResult(inOrder(pageIds), (long) (search.page() - 1) * search.size() + pageIds.size(), true);
        }
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(d.id)" + where, Long.class);
        params.forEach(count::setParameter);
        if (search.q() == null || search.q().isBlank()) {
            count.setHint("eclipselink.jdbc.bind-parameters", "false");
        }
        return new SearchResult(inOrder(pageIds), count.getSingleResult(), true);
    }

    /**
     * The total when every word is common and the page is full. One word and no filter: the word index
     * alone holds the answer (only public drafts are in it). Otherwise counting would join every match
     * to its draft (seconds at 100,000 drafts), so the total says "at least the drafts up to this page".
     */
    private SearchResult countCommon(List<Draft> page, boolean wordsOnly, Map<String, Object> params, long seen) {
        if (wordsOnly && params.size() == 1) {
            return new SearchResult(page, em.createQuery("SELECT COUNT(DISTINCT t.draftId) FROM DraftTerm t "
                    + "WHERE t.term LIKE :term0 ESCAPE '!'", Long.class).setParameter("term0", params.get("term0")).getSingleResult(), true);
        }
        return new SearchResult(page, seen, false);
    }

    private List<Draft> inOrder(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Draft> byId = new HashMap<>();
        em.createQuery("SELECT d FROM Draft d WHERE d.id IN :ids", Draft.class).setParameter("ids", ids)
                .getResultList().forEach(d -> byId.put(d.id(), d));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /** What the words of a query leave to search. */
    private enum TextMatch { NONE, NOTHING, FEW_DRAFTS, COMMON_WORDS }

    /**
     * A draft number finds that draft; otherwise every word of the query must start a word of the
     * draft's number, titles or summaries (in any of the three languages).
     *
     * <p>Derby cannot see how many drafts a bound word prefix matches: with a word inside a subquery it
     * walked every draft and probed its words (2.4 s at 100,000 drafts, whatever the word). So each
     * word's drafts are first read from the word index alone, at most {@code limit + 1} of them. When
     * some word begins words of at most {@code limit} drafts, those drafts (all such words' common ones)
     * are the candidates; the other words are checked against the candidates' own words, and the
     * search runs over the candidates only. Several common words are intersected the same way when
     * each matches at most {@value #COMMON_WORD_FACTOR} times the limit and they share at most the
     * limit. Otherwise matching drafts are dense, so walking the drafts in the page's order finds a
     * page quickly.
     */
    private TextMatch textFilter(StringBuilder where, Map<String, Object> params, String q, int limit) {
        if (q == null || q.isBlank()) {
            return TextMatch.NONE;
        }
        if (q.trim().matches("(?i)(id-?)?\\d{5,18}")) {
            where.append(" AND d.id = :numberId");
            params.put("numberId", Draft.idFromNumber(q).orElseThrow());
            return TextMatch.FEW_DRAFTS;
        }
        java.util.Set<String> words = SearchText.terms(q);
        List<String> common = new java.util.ArrayList<>();
        java.util.Set<Long> candidates = draftsOfRareWords(words, limit, common);
        if (candidates == null && words.size() > 1) {
            // Several common words may still have few drafts in common: intersect the words' drafts
            // where each has no more than a few times the limit.
            common.clear();
            candidates = draftsOfRareWords(words, limit * COMMON_WORD_FACTOR, common);
            if (candidates != null && candidates.size() > limit) {
                candidates = null;
            }
        }
        if (candidates == null) {
            int i = 0;
            for (String term : words) {
                String name = "term" + i++;
                where.append(" AND d.id IN (SELECT t.draftId FROM DraftTerm t WHERE t.term LIKE :").append(name).append(" ESCAPE '!')");
                params.put(name, likePrefix(term));
            }
            return TextMatch.COMMON_WORDS;
        }
        if (!candidates.isEmpty() && !common.isEmpty()) {
            candidates = havingEvery(candidates, common);
        }
        if (candidates.isEmpty()) {
            return TextMatch.NOTHING;
        }
        where.append(" AND d.id IN :candidates");
        params.put("candidates", padded(candidates));
        return TextMatch.FEW_DRAFTS;
    }

    /** How many times the rare-word limit a word of a several-word search may match and still be intersected. */
    private static final int COMMON_WORD_FACTOR = 8;

    /**
     * The drafts having all the words that begin words of at most {@code limit} drafts, or null when no
     * word is that rare; the other words are added to {@code common}.
     */
    private java.util.Set<Long> draftsOfRareWords(java.util.Set<String> words, int limit, List<String> common) {
        java.util.Set<Long> drafts = null;
        for (String term : words) {
            List<Long> found = em.createQuery("SELECT t.draftId FROM DraftTerm t WHERE t.term LIKE :prefix ESCAPE '!'", Long.class)
                    .setParameter("prefix", likePrefix(term)).setMaxResults(limit + 1).getResultList();
            if (found.size() > limit) {
                common.add(term);
            } else if (drafts == null) {
                drafts = new java.util.HashSet<>(found);
            } else {
                drafts.retainAll(found);
            }
        }
        return drafts;
    }

    /** The candidates that have, for each of the prefixes, a word beginning with it. */
    private java.util.Set<Long> havingEvery(java.util.Set<Long> candidates, List<String> prefixes) {
        Map<Long, List<String>> words = new HashMap<>();
        em.createQuery("SELECT t.draftId, t.term FROM DraftTerm t WHERE t.draftId IN :ids", Object[].class)
                .setParameter("ids", padded(candidates)).getResultList()
                .forEach(row -> words.computeIfAbsent((Long) row[0], id -> new java.util.ArrayList<>()).add((String) row[1]));
        java.util.Set<Long> kept = new java.util.HashSet<>();
        words.forEach((id, own) -> {
            if (prefixes.stream().allMatch(prefix -> own.stream().anyMatch(word -> word.startsWith(prefix)))) {
                kept.add(id);
            }
        });
        return kept;
    }

    private static String likePrefix(String term) {
        return term.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    /**
     * The candidate ids sorted and repeated up to the next power of two, so that the statement text
     * (one marker per id) takes a few shapes only and Derby compiles each once.
     */
    static List<Long> padded(java.util.Collection<Long> ids) {
        List<Long> sorted = new java.util.ArrayList<>(new java.util.TreeSet<>(ids));
        int size = Integer.highestOneBit(Math.max(1, sorted.size() - 1)) << 1;
        Long last = sorted.get(sorted.size() - 1);
        while (sorted.size() < size) {
            sorted.add(last);
        }
        return sorted;
    }

    private static void filter(StringBuilder where, Map<String, Object> params, String column, String name, String value) {
        if (value != null && !value.isBlank()) {
            where.append(" AND ").append(column).append(" = :").append(name);
            params.put(name, value.trim());
        }
    }

    /** A page of drafts and how many match in all ({@code totalExact} false: at least that many). */
    public record SearchResult(List<Draft> drafts, long total, boolean totalExact) {}
}
