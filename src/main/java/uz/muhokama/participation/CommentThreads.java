package uz.muhokama.participation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import uz.muhokama.draft.DraftService;
import uz.muhokama.draft.DraftView;
import uz.muhokama.draft.PublicDraft;
import uz.muhokama.platform.error.InvalidInput;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.security.Caller;
import uz.muhokama.platform.security.CurrentCaller;
import uz.muhokama.platform.web.Cursor;
import uz.muhokama.platform.web.Cursors;

/**
 * Reading comments: the public list of threads (top-level comments with their replies, a page at a
 * time), the counts per clause, and the participation part of the draft page. Writing them is
 * {@link CommentService}'s; counts that writing changes are kept fresh through {@link SharedCounts}.
 */
@ApplicationScoped
class CommentThreads {

    static final Set<String> SORTS = Set.of("newest", "oldest");
    static final int MAX_PAGE_SIZE = 100;

    @Inject
    CommentRepository comments;

    @Inject
    DraftService drafts;

    @Inject
    VoteRepository votes;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    SharedCounts counts;

    @Inject
    Clock clock;

    @Inject
    Cursors cursors;

    @Inject
    CommentViews views;

    /** A page of top-level comments with their replies, newest or oldest first, for all or one clause. */
    @Transactional
    public CommentPage list(
            String number, String clauseNumber, int page, int size, String sort, String cursor, Language language) {
        return pageOf(load(drafts.publicDraft(number, language), clauseNumber, page, size, sort, cursor), language);
    }

    /** Votes, counts per clause and a page of comments for the draft page, which has read the draft already. */
    @Transactional
    public Overview overview(
            PublicDraft draft, String clauseNumber, int page, int size, String sort, Language language) {
        VoteTally tally = votes.tallyFor(draft.id(), currentCaller.get().orElse(null));
        Loaded loaded = load(draft, clauseNumber, page, size, sort, null);
        // Most drafts have fewer comments than a page: then the page holds them all and is counted as it is.
        Map<String, Long> counts = loaded.holdsEverything()
                ? countsByClause(draft, loaded.visibleCountsByClause())
                : countsByClause(draft);
        return new Overview(tally, counts, pageOf(loaded, language));
    }

    /** What the draft page shows of participation. */
    public record Overview(VoteTally votes, Map<String, Long> countsByClause, CommentPage comments) {}

    /** A page of threads as read from the database, before it is turned into views. */
    private record Loaded(
            PublicDraft draft,
            List<Comment> top,
            Map<Long, List<Comment>> replies,
            long total,
            int page,
            int size,
            String order,
            String clauseKey,
            String clause,
            String next) {

        boolean holdsEverything() {
            return clauseKey == null && page == 1 && next == null;
        }

        Map<String, Long> visibleCountsByClause() {
            Map<String, Long> counts = new HashMap<>();
            Stream.concat(top.stream(), replies.values().stream().flatMap(List::stream))
                    .filter(c -> c.state() == CommentState.VISIBLE)
                    .forEach(c -> counts.merge(c.clauseKey() == null ? "" : c.clauseKey(), 1L, Long::sum));
            return counts;
        }
    }

    private Loaded load(PublicDraft draft, String clauseNumber, int page, int size, String sort, String cursor) {
        String order = sort == null || sort.isBlank() ? "newest" : sort.trim();
        if (!SORTS.contains(order)) {
            throw new InvalidInput("sort", "comment.sort.unknown");
        }
        if (page < 1 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInput(page < 1 ? "page" : "size", "comment.paging.invalid", MAX_PAGE_SIZE);
        }
        String clauseKey = null;
        String clause = null;
        if (clauseNumber != null && !clauseNumber.isBlank()) {
            DraftView.ClauseView found = draft.clauseNumbered(clauseNumber)
                    .orElseThrow(() -> new InvalidInput("clause", "comment.clause.unknown"));
            clauseKey = found.key();
            clause = found.number();
        }
        // The cursor names the draft, the clause and the order it was made for; one more row than the
        // page tells whether there is a next page, so the last one never offers an empty one.
        String filters = Cursors.filters(draft.id(), clauseKey, order);
        Cursor after = cursors.read(cursor, "comments", filters);
        long seen = after == null ? (long) (page - 1) * size : after.seen();
        List<Comment> read = after == null
                ? comments.topLevel(draft.id(), clauseKey, "newest".equals(order), (page - 1) * size, size + 1)
                : comments.topLevel(
                        draft.id(), clauseKey, "newest".equals(order), 0, size + 1, after.instant(0), after.number(1));
        List<Comment> top = read.size() > size ? read.subList(0, size) : read;
        Comment last = top.isEmpty() ? null : top.get(top.size() - 1);
        String next = read.size() > size
                ? cursors.write(Cursor.after("comments", filters, seen + size, last.createdAt(), last.id()))
                : null;
        Map<Long, List<Comment>> replies = comments
                .repliesTo(top.stream().map(Comment::id).toList())
                .stream()
                .collect(Collectors.groupingBy(Comment::parentId));
        // A first page that is not full is everything there is: no need to count.
        String countedClause = clauseKey;
        long total = seen == 0 && next == null
                ? top.size()
                : counts.of(
                        draft.id(),
                        "top-level:" + (countedClause == null ? "" : countedClause),
                        () -> comments.countTopLevel(draft.id(), countedClause),
                        n -> n);
        int shownPage = (int) Math.min(Integer.MAX_VALUE, seen / size + 1);
        return new Loaded(draft, top, replies, total, shownPage, size, order, clauseKey, clause, next);
    }

    private CommentPage pageOf(Loaded loaded, Language language) {
        Caller caller = currentCaller.get().orElse(null);
        return new CommentPage(
                views.of(loaded.top(), loaded.draft(), loaded.replies(), caller, clock.instant(), language),
                loaded.total(),
                loaded.page(),
                loaded.size(),
                loaded.order(),
                loaded.clause(),
                loaded.next());
    }

    /** Comments shown per clause number of the current version, and {@code ""} for the whole draft. */
    @Transactional
    public Map<String, Long> countsByClause(String number, Language language) {
        return countsByClause(drafts.publicDraft(number, language));
    }

    private Map<String, Long> countsByClause(PublicDraft draft) {
        return countsByClause(
                draft,
                counts.of(
                        draft.id(),
                        "visible-by-clause",
                        () -> comments.visibleCountsByClause(draft.id()),
                        byKey -> byKey.values().stream()
                                .mapToLong(Long::longValue)
                                .sum()));
    }

    private static Map<String, Long> countsByClause(PublicDraft draft, Map<String, Long> byKey) {
        Map<String, Long> byNumber = new HashMap<>();
        byNumber.put("", byKey.values().stream().mapToLong(Long::longValue).sum());
        draft.clauses().forEach(c -> byNumber.put(c.number(), byKey.getOrDefault(c.key(), 0L)));
        return byNumber;
    }
}
