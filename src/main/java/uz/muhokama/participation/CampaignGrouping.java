package uz.muhokama.participation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups a draft's comments into campaigns: identical texts (same fingerprint) always, and texts whose
 * simhashes differ in at most {@link #NEAR_BITS} of 64 bits (near copies measure 4–8, unrelated texts
 * 19–39; see CommentTextTest). Up to {@link #PAIRWISE_LIMIT} distinct texts every pair is compared.
 * Beyond that only pairs that agree exactly on one of four 16-bit bands are compared, which by the
 * pigeonhole principle still finds every pair at most three bits apart, and most of those a little
 * further apart, without comparing every pair.
 */
public final class CampaignGrouping {

    static final int NEAR_BITS = 10;
    static final int PAIRWISE_LIMIT = 4000;

    private CampaignGrouping() {}

    /** One distinct text (by fingerprint) with how many comments carry it. */
    public record Text(String fingerprint, long simhash, long count, long sampleCommentId) {}

    /** A campaign: its largest text as the sample, how many comments in all, and how many distinct texts. */
    public record Group(long sampleCommentId, long comments, int variants, List<String> fingerprints) {}

    /** Groups of at least {@code minComments} comments, largest first. */
    public static List<Group> group(List<Text> texts, int minComments) {
        int n = texts.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        if (n <= PAIRWISE_LIMIT) {
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    if (CommentText.distance(texts.get(i).simhash(), texts.get(j).simhash()) <= NEAR_BITS) {
                        union(parent, i, j);
                    }
                }
            }
            return groups(texts, parent, minComments);
        }
        for (int band = 0; band < 4; band++) {
            Map<Integer, List<Integer>> buckets = new HashMap<>();
            for (int i = 0; i < n; i++) {
                int key = (int) ((texts.get(i).simhash() >>> (band * 16)) & 0xFFFF);
                buckets.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
            for (List<Integer> bucket : buckets.values()) {
                for (int a = 0; a < bucket.size(); a++) {
                    for (int b = a + 1; b < bucket.size(); b++) {
                        int i = bucket.get(a);
                        int j = bucket.get(b);
                        if (CommentText.distance(texts.get(i).simhash(), texts.get(j).simhash()) <= NEAR_BITS) {
                            union(parent, i, j);
                        }
                    }
                }
            }
        }
        return groups(texts, parent, minComments);
    }

    private static List<Group> groups(List<Text> texts, int[] parent, int minComments) {
        int n = texts.size();
        Map<Integer, List<Text>> byRoot = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            byRoot.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(texts.get(i));
        }
        List<Group> groups = new ArrayList<>();
        for (List<Text> members : byRoot.values()) {
            long comments = members.stream().mapToLong(Text::count).sum();
            if (comments >= minComments) {
                Text sample = members.stream().max(Comparator.comparingLong(Text::count)).orElseThrow();
                groups.add(new Group(sample.sampleCommentId(), comments, members.size(),
                        members.stream().map(Text::fingerprint).toList()));
            }
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

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
