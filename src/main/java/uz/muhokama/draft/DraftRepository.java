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
        Text text = textFilter(where, params, search.q(), rareWordLimit);
        if (text.match() == TextMatch.NOTHING) {
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
        if (text.match() == TextMatch.COMMON_WORDS && pageIds.size() == search.size()) {
            // Counting common words to the end would read every match (a word of 12,000 drafts costs
            // Derby more than the page itself): the total says "at least" what was seen.
            long seen = (long) search.page() * search.size();
            return new SearchResult(inOrder(pageIds), where.length() == textOnly ? Math.max(seen, text.atLeast()) : seen, false);
        }
        if (text.match() == TextMatch.COMMON_WORDS) {
            // A page that is not full is the last one: it tells the total.
            return new SearchResult(inOrder(pageIds), (long) (search.page() - 1) * search.size() + pageIds.size(), true);
        }
        if (text.match() == TextMatch.CANDIDATES && where.length() == textOnly) {
            // The candidates are the public drafts having every word (only public drafts have words).
            return new SearchResult(inOrder(pageIds), new java.util.HashSet<>((List<?>) params.get("candidates")).size(), true);
        }
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(d.id)" + where, Long.class);
        params.forEach(count::setParameter);
        if (search.q() == null || search.q().isBlank()) {
            count.setHint("eclipselink.jdbc.bind-parameters", "false");
        }
        return new SearchResult(inOrder(pageIds), count.getSingleResult(), true);
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
    private enum TextMatch { NONE, NOTHING, ONE_NUMBER, CANDIDATES, COMMON_WORDS }

    /** What the words leave to search, and how many drafts at least have them all (when known cheaply). */
    private record Text(TextMatch match, long atLeast) {
        Text(TextMatch match) {
            this(match, 0);
        }
    }

    /**
     * A draft number finds that draft; otherwise every word of the query must start a word of the
     * draft's number, titles or summaries (in any of the three languages), and a number must be one.
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
    private Text textFilter(StringBuilder where, Map<String, Object> params, String q, int limit) {
        if (q == null || q.isBlank()) {
            return new Text(TextMatch.NONE);
        }
        if (q.trim().matches("(?i)(id-?)?\\d{5,18}")) {
            where.append(" AND d.id = :numberId");
            params.put("numberId", Draft.idFromNumber(q).orElseThrow());
            return new Text(TextMatch.ONE_NUMBER);
        }
        java.util.Set<String> words = SearchText.terms(q);
        List<String> common = new java.util.ArrayList<>();
        long[] mostOfACommonWord = {0};
        java.util.Set<Long> candidates = draftsOfRareWords(words, limit, limit, common, mostOfACommonWord);
        if (candidates == null && words.size() > 1) {
            // Several common words may still have few drafts in common: intersect the words' drafts
            // where each has no more than a few times the limit.
            common.clear();
            candidates = draftsOfRareWords(words, limit * COMMON_WORD_FACTOR, limit, common, new long[1]);
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
            return new Text(TextMatch.COMMON_WORDS, words.size() == 1 ? mostOfACommonWord[0] : 0);
        }
        if (!candidates.isEmpty() && !common.isEmpty()) {
            candidates = havingEvery(candidates, common);
        }
        if (candidates.isEmpty()) {
            return new Text(TextMatch.NOTHING);
        }
        where.append(" AND d.id IN :candidates");
        params.put("candidates", padded(candidates));
        return new Text(TextMatch.CANDIDATES);
    }

    /** How many times the rare-word limit a word of a several-word search may match and still be intersected. */
    private static final int COMMON_WORD_FACTOR = 8;

    /**
     * The drafts having all the words that begin words of at most {@code limit} drafts, or null when no
     * word is that rare; the other words are added to {@code common} (and the most distinct drafts read of
     * one of them to {@code mostOfACommonWord}). Once the drafts found are at most
     * {@code probeLimit}, the remaining words are left to {@link #havingEvery} unread: reading a
     * common word's drafts costs {@code limit} rows, checking it against a few candidates costs one
     * index probe each. Numbers and long words are tried first as the likeliest to be rare.
     */
    private java.util.Set<Long> draftsOfRareWords(java.util.Set<String> words, int limit, int probeLimit, List<String> common,
                                                  long[] mostOfACommonWord) {
        java.util.Set<Long> drafts = null;
        for (String term : byLikelyRarity(words)) {
            if (drafts != null && drafts.size() <= probeLimit) {
                common.add(term);
                continue;
            }
            List<Long> found = em.createQuery("SELECT t.draftId FROM DraftTerm t WHERE t.term LIKE :prefix ESCAPE '!'", Long.class)
                    .setParameter("prefix", likePrefix(term)).setMaxResults(limit + 1).getResultList();
            if (found.size() > limit) {
                common.add(term);
                mostOfACommonWord[0] = Math.max(mostOfACommonWord[0], new java.util.HashSet<>(found).size());
            } else if (drafts == null) {
                drafts = new java.util.HashSet<>(found);
            } else {
                drafts.retainAll(found);
            }
        }
        return drafts;
    }

    private static List<String> byLikelyRarity(java.util.Set<String> words) {
        return words.stream().sorted(java.util.Comparator.comparing((String w) -> w.chars().noneMatch(Character::isDigit))
                .thenComparing(java.util.Comparator.comparingInt(String::length).reversed())).toList();
    }

    /**
     * The candidates that have, for each of the prefixes, a word beginning with it: the index on
     * (draft, word) is probed once per candidate and prefix, reading only the words that match. Each
     * probe costs alike, so with several prefixes the one that keeps fewest of a small sample goes
     * first (a word that every draft has, like "toʻgʻrisida", then probes only the few left).
     */
    private java.util.Set<Long> havingEvery(java.util.Set<Long> candidates, List<String> prefixes) {
        java.util.Set<Long> kept = candidates;
        for (String prefix : prefixes.size() > 1 && candidates.size() > 2 * PROBE_SAMPLE ? mostSelectiveFirst(candidates, prefixes)
                : prefixes) {
            if (kept.isEmpty()) {
                break;
            }
            kept = having(kept, prefix);
        }
        return kept;
    }

    private static final int PROBE_SAMPLE = 64;

    private List<String> mostSelectiveFirst(java.util.Set<Long> candidates, List<String> prefixes) {
        java.util.Set<Long> sample = candidates.stream().limit(PROBE_SAMPLE).collect(java.util.stream.Collectors.toSet());
        Map<String, Integer> keptOfSample = new HashMap<>();
        prefixes.forEach(prefix -> keptOfSample.put(prefix, having(sample, prefix).size()));
        return prefixes.stream().sorted(java.util.Comparator.comparing(keptOfSample::get)).toList();
    }

    private java.util.Set<Long> having(java.util.Set<Long> drafts, String prefix) {
        return new java.util.HashSet<>(em.createQuery("SELECT t.draftId FROM DraftTerm t WHERE t.draftId IN :ids "
                        + "AND t.term LIKE :prefix ESCAPE '!'", Long.class)
                .setParameter("ids", padded(drafts)).setParameter("prefix", likePrefix(prefix)).getResultList());
    }

    /**
     * The LIKE pattern of a query word: words begin with it, except a number, which is matched whole
     * ("99" is not 990 or 99000: a reader looking for act No. 99 would otherwise get a thousand drafts).
     */
    static String likePrefix(String term) {
        String escaped = term.replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return term.chars().allMatch(Character::isDigit) ? escaped : escaped + "%";
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
