package uz.muhokama.participation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Groups a draft's comments into campaigns by their texts' simhashes: identical texts share one (their
 * words are the same), and texts whose simhashes differ in at most {@link #NEAR_BITS} of 64 bits are near
 * copies (they measure 4–8, unrelated texts 19–39; see CommentTextTest). Up to {@link #PAIRWISE_LIMIT}
 * distinct simhashes every pair is compared. Beyond that only pairs that agree exactly on one of four
 * 16-bit bands are compared, which by the pigeonhole principle still finds every pair at most three bits
 * apart, and most of those a little further apart, without comparing every pair.
 *
 * <p>Everything is held in arrays of primitives: a report groups a million comments, and a million
 * boxed rows would be a hundred megabytes where these are a few dozen.
 */
final class CampaignGrouping {

    static final int NEAR_BITS = 10;
    static final int PAIRWISE_LIMIT = 4000;

    private CampaignGrouping() {}

    /** One distinct text (by simhash) with how many comments carry it and the earliest of them. */
    public record Text(long simhash, long count, long sampleCommentId) {}

    /** A campaign: its most repeated text's earliest comment as the sample, how many comments in all, its texts. */
    public record Group(long sampleCommentId, long comments, int variants, List<Long> simhashes) {}

    /** Groups of at least {@code minComments} comments among texts counted already (by the database), largest first. */
    public static List<Group> group(List<Text> texts, int minComments) {
        int n = texts.size();
        long[] simhashes = new long[n];
        long[] counts = new long[n];
        long[] samples = new long[n];
        for (int i = 0; i < n; i++) {
            simhashes[i] = texts.get(i).simhash();
            counts[i] = texts.get(i).count();
            samples[i] = texts.get(i).sampleCommentId();
        }
        return groupTexts(simhashes, counts, samples, n, minComments);
    }

    /** Comments gathered one by one (id and simhash, in any order), then grouped. */
    public static final class Comments {

        private long[] simhashes = new long[1024];
        private long[] ids = new long[1024];
        private int size;

        public void add(long commentId, long simhash) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
                simhashes = Arrays.copyOf(simhashes, size * 2);
            }
            ids[size] = commentId;
            simhashes[size] = simhash;
            size++;
        }

        /** Groups of at least {@code minComments} of the comments added, largest first. */
        public List<Group> group(int minComments) {
            // The distinct simhashes, sorted, with how many comments carry each and the earliest of them.
            long[] distinct = Arrays.copyOf(simhashes, size);
            Arrays.sort(distinct);
            int n = 0;
            for (int i = 0; i < distinct.length; i++) {
                if (i == 0 || distinct[i] != distinct[i - 1]) {
                    distinct[n++] = distinct[i];
                }
            }
            long[] counts = new long[n];
            long[] samples = new long[n];
            Arrays.fill(samples, Long.MAX_VALUE);
            for (int i = 0; i < size; i++) {
                int at = Arrays.binarySearch(distinct, 0, n, simhashes[i]);
                counts[at]++;
                samples[at] = Math.min(samples[at], ids[i]);
            }
            return groupTexts(distinct, counts, samples, n, minComments);
        }
    }

    private static List<Group> groupTexts(long[] simhashes, long[] counts, long[] samples, int n, int minComments) {
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        if (n <= PAIRWISE_LIMIT) {
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    if (CommentText.distance(simhashes[i], simhashes[j]) <= NEAR_BITS) {
                        union(parent, i, j);
                    }
                }
            }
        } else {
            // Per band, the texts sorted by that band's 16 bits (kept in the upper half of a long, the
            // text's index in the lower), so that texts agreeing on it lie next to each other.
            long[] byBand = new long[n];
            for (int band = 0; band < 4; band++) {
                for (int i = 0; i < n; i++) {
                    byBand[i] = ((simhashes[i] >>> (band * 16)) & 0xFFFFL) << 32 | i;
                }
                Arrays.sort(byBand);
                for (int from = 0; from < n; ) {
                    int to = from + 1;
                    while (to < n && byBand[to] >>> 32 == byBand[from] >>> 32) {
                        to++;
                    }
                    for (int a = from; a < to; a++) {
                        for (int b = a + 1; b < to; b++) {
                            int i = (int) byBand[a];
                            int j = (int) byBand[b];
                            if (CommentText.distance(simhashes[i], simhashes[j]) <= NEAR_BITS) {
                                union(parent, i, j);
                            }
                        }
                    }
                    from = to;
                }
            }
        }
        return groups(simhashes, counts, samples, parent, minComments);
    }

    private static List<Group> groups(long[] simhashes, long[] counts, long[] samples, int[] parent, int minComments) {
        int n = parent.length;
        long[] totals = new long[n];
        for (int i = 0; i < n; i++) {
            totals[find(parent, i)] += counts[i];
        }
        // Each set's root is its first member, so one pass in order meets every root before its members.
        int[] groupOf = new int[n];
        List<List<Integer>> members = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int root = find(parent, i);
            if (totals[root] < minComments) {
                groupOf[i] = -1;
            } else {
                if (root == i) {
                    groupOf[i] = members.size();
                    members.add(new ArrayList<>());
                } else {
                    groupOf[i] = groupOf[root];
                }
                members.get(groupOf[i]).add(i);
            }
        }
        List<Group> groups = new ArrayList<>();
        for (List<Integer> texts : members) {
            int sample = texts.get(0);
            for (int i : texts) {
                if (counts[i] > counts[sample] || counts[i] == counts[sample] && samples[i] < samples[sample]) {
                    sample = i;
                }
            }
            groups.add(new Group(
                    samples[sample],
                    totals[texts.get(0)],
                    texts.size(),
                    texts.stream().map(i -> simhashes[i]).toList()));
        }
        groups.sort(Comparator.comparingLong(Group::comments).reversed().thenComparingLong(Group::sampleCommentId));
        return groups;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** Joins two sets under the lower index, so that a group's root is its first member. */
    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
