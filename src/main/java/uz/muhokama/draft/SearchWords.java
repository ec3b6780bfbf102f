package uz.muhokama.draft;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import uz.muhokama.platform.i18n.SearchText;

/**
 * The words of a search query, looked up in the word index ({@code draft_term}) before any draft is
 * read, and turned into the condition the draft search adds: one draft by number, a list of candidate
 * drafts, or, when every word is common, subqueries for walking the drafts in the page's order.
 */
final class SearchWords {

    private final EntityManager em;
    private final CommonWords commonWords;

    SearchWords(EntityManager em, CommonWords commonWords) {
        this.em = em;
        this.commonWords = commonWords;
    }

    /** What the words of a query leave to search. */
    enum TextMatch {
        NONE,
        NOTHING,
        ONE_NUMBER,
        CANDIDATES,
        COMMON_WORDS
    }

    /** What the words leave to search, and how many drafts at least have them all (when known cheaply). */
    record Text(TextMatch match, long atLeast) {
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
     * are the candidates; the other words are checked by probing the index once per candidate, and
     * the search runs over the candidates only. Several common words are intersected the same way when
     * each matches at most {@value #COMMON_WORD_FACTOR} times the limit and they share at most the
     * limit. Otherwise matching drafts are dense, so walking the drafts in the page's order finds a
     * page quickly.
     */
    Text filter(StringBuilder where, Map<String, Object> params, String q, int limit) {
        if (q == null || q.isBlank()) {
            return new Text(TextMatch.NONE);
        }
        if (q.trim().matches("(?i)(id-?)?\\d{5,18}")) {
            where.append(" AND d.id = :numberId");
            params.put("numberId", DraftNumber.idFrom(q).orElseThrow());
            return new Text(TextMatch.ONE_NUMBER);
        }
        Set<String> words = words(q);
        List<String> common = new ArrayList<>();
        long[] mostOfACommonWord = {0};
        Set<Long> candidates = draftsOfRareWords(words, limit, limit, common, mostOfACommonWord);
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
                where.append(" AND d.id IN (SELECT t.draftId FROM DraftTerm t WHERE t.term LIKE :")
                        .append(name)
                        .append(")");
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

    /** The words of a query as the search looks them up: normalized by {@link SearchText#terms}, each a prefix. */
    static Set<String> words(String q) {
        return SearchText.terms(q);
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
    private Set<Long> draftsOfRareWords(
            Set<String> words, int limit, int probeLimit, List<String> common, long[] mostOfACommonWord) {
        Set<Long> drafts = null;
        for (String term : byLikelyRarity(words)) {
            if (drafts != null && drafts.size() <= probeLimit) {
                common.add(term);
                continue;
            }
            var knownCommon = commonWords.moreThan(term, limit);
            if (knownCommon.isPresent()) {
                common.add(term);
                mostOfACommonWord[0] =
                        Math.max(mostOfACommonWord[0], knownCommon.get().drafts());
                continue;
            }
            List<Long> found = em.createQuery("SELECT t.draftId FROM DraftTerm t WHERE t.term LIKE :prefix", Long.class)
                    .setParameter("prefix", likePrefix(term))
                    .setMaxResults(limit + 1)
                    .getResultList();
            if (found.size() > limit) {
                common.add(term);
                long distinct = new HashSet<>(found).size();
                mostOfACommonWord[0] = Math.max(mostOfACommonWord[0], distinct);
                commonWords.remember(term, limit, distinct);
            } else if (drafts == null) {
                drafts = new HashSet<>(found);
            } else {
                drafts.retainAll(found);
            }
        }
        return drafts;
    }

    private static List<String> byLikelyRarity(Set<String> words) {
        return words.stream()
                .sorted(Comparator.comparing((String w) -> w.chars().noneMatch(Character::isDigit))
                        .thenComparing(Comparator.comparingInt(String::length).reversed()))
                .toList();
    }

    /**
     * The candidates that have, for each of the prefixes, a word beginning with it: the index on
     * (draft, word) is probed once per candidate and prefix, reading only the words that match. Each
     * probe costs alike, so with several prefixes the one that keeps fewest of a small sample goes
     * first (a word that every draft has, like "toʻgʻrisida", then probes only the few left).
     */
    private Set<Long> havingEvery(Set<Long> candidates, List<String> prefixes) {
        Set<Long> kept = candidates;
        for (String prefix : prefixes.size() > 1 && candidates.size() > 2 * PROBE_SAMPLE
                ? mostSelectiveFirst(candidates, prefixes)
                : prefixes) {
            if (kept.isEmpty()) {
                break;
            }
            kept = having(kept, prefix);
        }
        return kept;
    }

    private static final int PROBE_SAMPLE = 64;

    private List<String> mostSelectiveFirst(Set<Long> candidates, List<String> prefixes) {
        Set<Long> sample = candidates.stream().limit(PROBE_SAMPLE).collect(Collectors.toSet());
        Map<String, Integer> keptOfSample = new HashMap<>();
        prefixes.forEach(
                prefix -> keptOfSample.put(prefix, having(sample, prefix).size()));
        return prefixes.stream().sorted(Comparator.comparing(keptOfSample::get)).toList();
    }

    private Set<Long> having(Set<Long> drafts, String prefix) {
        return new HashSet<>(em.createQuery(
                        "SELECT t.draftId FROM DraftTerm t WHERE t.draftId IN :ids AND t.term LIKE :prefix", Long.class)
                .setParameter("ids", padded(drafts))
                .setParameter("prefix", likePrefix(prefix))
                .getResultList());
    }

    /**
     * The LIKE pattern of a query word: words begin with it, except a number, which is matched whole
     * ("99" is not 990 or 99000: a reader looking for act No. 99 would otherwise get a thousand drafts).
     *
     * <p>A word holds letters and digits only ({@link SearchText#terms} splits on the rest), so it never
     * carries a wildcard and the pattern needs no {@code ESCAPE}. That matters on Derby: with an
     * {@code ESCAPE} clause EclipseLink's Derby platform writes every value of the statement into its SQL,
     * so each word compiled a plan of its own, chosen from the index statistics of the moment (a hash join
     * over all 12,000 drafts of one common word took 300 ms where its neighbour's nested loop took 5 ms).
     * Bound, the pattern gives one statement and one plan for every word.
     */
    static String likePrefix(String term) {
        if (term.isEmpty() || term.indexOf('%') >= 0 || term.indexOf('_') >= 0) {
            throw new IllegalArgumentException("not a search word: " + term);
        }
        return term.chars().allMatch(Character::isDigit) ? term : term + "%";
    }

    /**
     * The candidate ids sorted and repeated up to the next power of two, so that the statement text
     * (one marker per id) takes a few shapes only and Derby compiles each once.
     */
    static List<Long> padded(Collection<Long> ids) {
        List<Long> sorted = new ArrayList<>(new TreeSet<>(ids));
        int size = Integer.highestOneBit(Math.max(1, sorted.size() - 1)) << 1;
        Long last = sorted.get(sorted.size() - 1);
        while (sorted.size() < size) {
            sorted.add(last);
        }
        return sorted;
    }
}
