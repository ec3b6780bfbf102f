package uz.muhokama.participation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uz.muhokama.draft.DraftView;
import uz.muhokama.draft.PublicDraft;

/**
 * What the report to the agency reads of a closed discussion's participation: every comment and reply
 * in any state, in pages (so that a report of a million comments never holds them all), the counts,
 * who took part from where, and the campaign groups. Read by the {@code report} feature only after the
 * discussion has closed, when comments no longer change but for moderation.
 */
@ApplicationScoped
public class ParticipationReport {

    @PersistenceContext(unitName = "muhokama")
    EntityManager em;

    @Inject
    CommentRepository comments;

    @Inject
    VoteRepository votes;

    @Inject
    @ConfigProperty(name = "muhokama.campaigns.min-comments", defaultValue = "5")
    int campaignMinComments;

    /** One comment or reply as the report lists it. {@code state} is visible, hidden or withdrawn. */
    public record ReportComment(
            long id,
            String clauseNumber,
            boolean clauseChanged,
            Long parentId,
            long authorId,
            String authorName,
            String authorRegion,
            Instant createdAt,
            Instant editedAt,
            String text,
            int edits,
            String state,
            long simhash,
            String moderationNote) {

        /** Whether the agency decides on it: neither hidden by a moderator nor withdrawn by its author. */
        public boolean isProposal() {
            return "visible".equals(state);
        }
    }

    /** Where a draft's comments lie among all comments' ids: the lowest and the highest (0 and 0: none). */
    public record Span(long lowest, long highest) {

        public boolean isEmpty() {
            return highest == 0;
        }
    }

    @Transactional
    public Span span(PublicDraft draft) {
        Object[] row = em.createQuery(
                        "SELECT MIN(c.id), MAX(c.id) FROM Comment c WHERE c.draftId = :draft", Object[].class)
                .setParameter("draft", draft.id())
                .getSingleResult();
        return row[0] == null ? new Span(0, 0) : new Span(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    /**
     * The draft's comments and replies with ids below {@code beforeId}, newest first: at least
     * {@code max} of them while there are, a few more at times. Read a band of ids at a time (five pages'
     * worth) within the draft's {@link Span}: asked for "the next thousand below this id" outright, Derby
     * sorted every comment of the draft below it on every page, which made a million comments' walk
     * quadratic; a bounded band is sorted in a moment on both databases.
     */
    @Transactional
    public List<ReportComment> page(PublicDraft draft, Span span, long beforeId, int max) {
        List<ReportComment> found = new ArrayList<>();
        long upper = Math.min(beforeId, span.highest() + 1);
        long band = Math.max(1000L, 5L * max);
        while (found.size() < max && upper > span.lowest()) {
            long lower = Math.max(span.lowest(), upper - band);
            found.addAll(comments(
                    draft,
                    em.createQuery(
                                    SELECT + "WHERE c.draftId = :draft AND c.id >= :lower AND c.id < :upper "
                                            + "ORDER BY c.id DESC",
                                    Object[].class)
                            .setParameter("draft", draft.id())
                            .setParameter("lower", lower)
                            .setParameter("upper", upper)
                            .getResultList()));
            upper = lower;
        }
        return found;
    }

    /** Some of the draft's comments by id (ids of other drafts' comments are left out). */
    @Transactional
    public List<ReportComment> byIds(PublicDraft draft, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return comments(
                draft,
                em.createQuery(SELECT + "WHERE c.draftId = :draft AND c.id IN :ids", Object[].class)
                        .setParameter("draft", draft.id())
                        .setParameter("ids", ids)
                        .getResultList());
    }

    /** One person's comments and replies on the draft, newest first. */
    @Transactional
    public List<ReportComment> byAuthor(PublicDraft draft, long authorId) {
        return comments(
                draft,
                em.createQuery(
                                SELECT + "WHERE c.authorId = :author AND c.draftId = :draft ORDER BY c.id DESC",
                                Object[].class)
                        .setParameter("author", authorId)
                        .setParameter("draft", draft.id())
                        .getResultList());
    }

    private static final String SELECT =
            "SELECT c.id, c.clauseKey, c.clauseNumber, c.clauseDigest, c.parentId, c.authorId, "
                    + "c.authorName, c.authorRegion, c.createdAt, c.editedAt, c.text, c.state, c.simhash, c.moderationNote FROM Comment c ";

    private List<ReportComment> comments(PublicDraft draft, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, Integer> edits = new HashMap<>();
        List<Long> edited =
                rows.stream().filter(r -> r[9] != null).map(r -> (Long) r[0]).toList();
        if (!edited.isEmpty()) {
            em.createQuery(
                            "SELECT r.commentId, COUNT(r.id) FROM CommentRevision r WHERE r.commentId IN :ids GROUP BY r.commentId",
                            Object[].class)
                    .setParameter("ids", edited)
                    .getResultList()
                    .forEach(r -> edits.put((Long) r[0], ((Number) r[1]).intValue()));
        }
        Map<String, String> digests = new HashMap<>();
        for (DraftView.ClauseView clause : draft.clauses()) {
            digests.put(clause.key(), ClauseDigest.of(clause));
        }
        return rows.stream()
                .map(r -> {
                    long id = (Long) r[0];
                    String clauseKey = (String) r[1];
                    String digest = (String) r[3];
                    boolean changed = clauseKey != null && digest != null && !digest.equals(digests.get(clauseKey));
                    return new ReportComment(
                            id,
                            (String) r[2],
                            changed,
                            (Long) r[4],
                            (Long) r[5],
                            (String) r[6],
                            (String) r[7],
                            (Instant) r[8],
                            (Instant) r[9],
                            (String) r[10],
                            edits.getOrDefault(id, 0),
                            ((CommentState) r[11]).name().toLowerCase(Locale.ROOT),
                            ((Number) r[12]).longValue(),
                            (String) r[13]);
                })
                .toList();
    }

    /** Counts for the report's summary. */
    public record Counts(long comments, long replies, long hidden, long withdrawn, long support, long oppose) {}

    @Transactional
    public Counts counts(PublicDraft draft) {
        long comments = 0;
        long replies = 0;
        long hidden = 0;
        long withdrawn = 0;
        // COUNT(parentId) counts the replies: those with a parent.
        for (Object[] r : em.createQuery(
                        "SELECT c.state, COUNT(c.id), COUNT(c.parentId) FROM Comment c WHERE c.draftId = :draft "
                                + "GROUP BY c.state",
                        Object[].class)
                .setParameter("draft", draft.id())
                .getResultList()) {
            long all = ((Number) r[1]).longValue();
            long repliesInState = ((Number) r[2]).longValue();
            comments += all - repliesInState;
            replies += repliesInState;
            if (r[0] == CommentState.HIDDEN) {
                hidden += all;
            } else if (r[0] == CommentState.WITHDRAWN) {
                withdrawn += all;
            }
        }
        Map<VoteChoice, Long> tally = votes.counts(draft.id());
        return new Counts(
                comments, replies, hidden, withdrawn, tally.get(VoteChoice.SUPPORT), tally.get(VoteChoice.OPPOSE));
    }

    /** Per author of a comment or reply on the draft: the region they gave (or null) and how many they wrote. */
    public record Author(String region, long comments) {}

    @Transactional
    public Map<Long, Author> authors(PublicDraft draft) {
        Map<Long, Author> authors = new HashMap<>();
        em.createQuery(
                        "SELECT c.authorId, MAX(c.authorRegion), COUNT(c.id) FROM Comment c WHERE c.draftId = :draft GROUP BY c.authorId",
                        Object[].class)
                .setParameter("draft", draft.id())
                .getResultList()
                .forEach(r -> authors.put((Long) r[0], new Author((String) r[1], ((Number) r[2]).longValue())));
        return authors;
    }

    /** Per voter on the draft: whether they support it. */
    @Transactional
    public Map<Long, Boolean> voters(PublicDraft draft) {
        Map<Long, Boolean> voters = new HashMap<>();
        em.createQuery("SELECT v.accountId, v.choice FROM Vote v WHERE v.draftId = :draft", Object[].class)
                .setParameter("draft", draft.id())
                .getResultList()
                .forEach(r -> voters.put((Long) r[0], r[1] == VoteChoice.SUPPORT));
        return voters;
    }

    /**
     * A campaign group among the proposals (comments neither hidden nor withdrawn): numbered from 1,
     * largest first; its proposal is known by its sample comment's id; its texts by their simhashes.
     */
    public record CampaignGroup(
            int number, long proposalId, long comments, int variants, String sampleText, List<Long> simhashes) {}

    /**
     * The draft's campaign groups. The proposals' ids and simhashes are read a band of ids at a time
     * and grouped in memory as primitives: grouping a million texts in the database (a sort of a million
     * fingerprints on Derby) took half a minute, and its million result rows a hundred megabytes.
     */
    @Transactional
    public List<CampaignGroup> campaigns(PublicDraft draft) {
        Span span = span(draft);
        CampaignGrouping.Comments proposals = new CampaignGrouping.Comments();
        for (long upper = span.highest() + 1; upper > span.lowest(); upper -= CAMPAIGN_BAND) {
            em.createQuery(
                            "SELECT c.id, c.simhash FROM Comment c WHERE c.draftId = :draft AND c.id >= :lower AND c.id < :upper "
                                    + "AND c.state = :visible",
                            Object[].class)
                    .setParameter("draft", draft.id())
                    .setParameter("lower", Math.max(span.lowest(), upper - CAMPAIGN_BAND))
                    .setParameter("upper", upper)
                    .setParameter("visible", CommentState.VISIBLE)
                    .getResultList()
                    .forEach(r -> proposals.add((Long) r[0], ((Number) r[1]).longValue()));
        }
        List<CampaignGrouping.Group> groups = proposals.group(campaignMinComments);
        Map<Long, String> samples = new HashMap<>();
        List<Long> sampleIds =
                groups.stream().map(CampaignGrouping.Group::sampleCommentId).toList();
        for (int from = 0; from < sampleIds.size(); from += 500) {
            em.createQuery("SELECT c.id, c.text FROM Comment c WHERE c.id IN :ids", Object[].class)
                    .setParameter("ids", sampleIds.subList(from, Math.min(sampleIds.size(), from + 500)))
                    .getResultList()
                    .forEach(r -> samples.put((Long) r[0], (String) r[1]));
        }
        List<CampaignGroup> numbered = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            CampaignGrouping.Group g = groups.get(i);
            numbered.add(new CampaignGroup(
                    i + 1,
                    g.sampleCommentId(),
                    g.comments(),
                    g.variants(),
                    samples.get(g.sampleCommentId()),
                    g.simhashes()));
        }
        return numbered;
    }

    /** How many comments' ids one read of the campaign grouping spans. */
    private static final long CAMPAIGN_BAND = 50_000;
}
