package uz.muhokama.participation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uz.muhokama.draft.DraftService;
import uz.muhokama.draft.PublicDraft;
import uz.muhokama.platform.audit.AuditLog;
import uz.muhokama.platform.audit.AuditRecord;
import uz.muhokama.platform.error.Conflict;
import uz.muhokama.platform.error.InvalidInput;
import uz.muhokama.platform.error.ResourceNotFound;
import uz.muhokama.platform.error.TextRules;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.security.Caller;
import uz.muhokama.platform.security.CurrentCaller;
import uz.muhokama.platform.security.Role;
import uz.muhokama.platform.web.Cursor;
import uz.muhokama.platform.web.Cursors;
import uz.muhokama.platform.web.Slice;

/**
 * Flags from anyone signed in, and the MODERATOR's queue, hide and restore. Every moderation act is
 * written to the audit log in the same transaction as the change it records.
 */
@ApplicationScoped
class ModerationService {

    static final String AUDIT_SUBJECT = "comment";
    static final int REASON_MAX = 1000;
    /** The queue has one order and no filters. */
    private static final String QUEUE_FILTERS = Cursors.filters("flags");

    @Inject
    Cursors cursors;

    @Inject
    CommentRepository comments;

    @Inject
    DraftService drafts;

    @Inject
    ParticipationLimits limits;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    AuditLog audit;

    @Inject
    ActivityTally tally;

    @Inject
    Event<SharedCounts.Changed> countsChanged;

    @Inject
    Event<CommentHidden> hidden;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "muhokama.campaigns.min-comments", defaultValue = "5")
    int campaignMinComments;

    /** Reports a comment; a second flag by the same person is a 409. */
    @Transactional
    public void flag(long commentId, FlagRequest request) {
        Caller caller = currentCaller.require();
        String reason = reason(request == null ? null : request.reason());
        Comment comment = comments.find(commentId).orElseThrow(ResourceNotFound::new);
        if (comment.state() != CommentState.VISIBLE) {
            throw new Conflict("flag.not-visible");
        }
        Instant now = clock.instant();
        limits.checkFlag(caller.accountId(), now);
        if (!comments.addFlag(
                new CommentFlag(commentId, caller.accountId(), reason, now), commentId, caller.accountId())) {
            throw new Conflict("flag.already");
        }
    }

    @Transactional
    public Slice<ModerationItem> queue(int page, int size, String cursor) {
        currentCaller.requireAny(Role.MODERATOR);
        Cursor after = cursors.read(cursor, "moderation-queue", QUEUE_FILTERS);
        long before = after == null ? (long) (Math.max(1, page) - 1) * size : after.seen();
        List<Comment> read = after == null
                ? comments.flagged((Math.max(1, page) - 1) * size, size + 1)
                : comments.flagged(0, size + 1, (int) Math.min(Integer.MAX_VALUE, after.number(0)), after.number(1));
        Slice<Comment> rows = Slice.of(
                read,
                size,
                last -> cursors.write(
                        Cursor.after("moderation-queue", QUEUE_FILTERS, before + size, last.flagCount(), last.id())));
        return new Slice<>(items(rows.items()), rows.next());
    }

    @Transactional
    public long queueSize() {
        currentCaller.requireAny(Role.MODERATOR);
        return comments.countFlagged();
    }

    @Transactional
    public ModerationItem comment(long commentId) {
        currentCaller.requireAny(Role.MODERATOR);
        return items(List.of(comments.find(commentId).orElseThrow(ResourceNotFound::new)))
                .get(0);
    }

    @Transactional
    public ModerationItem hide(long commentId, ModerationRequest request) {
        Caller moderator = currentCaller.requireAny(Role.MODERATOR);
        String reason = reason(request == null ? null : request.reason());
        Comment comment = comments.find(commentId).orElseThrow(ResourceNotFound::new);
        comment.hide(reason, clock.instant());
        audit.record(moderator, "hide-comment", AUDIT_SUBJECT, Long.toString(commentId), reason);
        tally.recount(comment.draftId());
        countsChanged.fire(new SharedCounts.Changed(comment.draftId()));
        hidden.fire(new CommentHidden(comment.draftId(), commentId));
        return items(List.of(comment)).get(0);
    }

    @Transactional
    public ModerationItem restore(long commentId, ModerationRequest request) {
        Caller moderator = currentCaller.requireAny(Role.MODERATOR);
        String reason = reason(request == null ? null : request.reason());
        Comment comment = comments.find(commentId).orElseThrow(ResourceNotFound::new);
        comment.restore(reason, clock.instant());
        audit.record(moderator, "restore-comment", AUDIT_SUBJECT, Long.toString(commentId), reason);
        tally.recount(comment.draftId());
        countsChanged.fire(new SharedCounts.Changed(comment.draftId()));
        return items(List.of(comment)).get(0);
    }

    /** Identical and near-identical comments on a draft grouped into campaigns (docs/participation.md). */
    @Transactional
    public List<Campaign> campaigns(String number, Language language) {
        currentCaller.requireAny(Role.MODERATOR);
        PublicDraft draft = drafts.publicDraft(number, language);
        return CampaignGrouping.group(comments.textsOf(draft.id()), campaignMinComments).stream()
                .map(g -> new Campaign(
                        g.sampleCommentId(),
                        comments.find(g.sampleCommentId()).map(Comment::text).orElse(""),
                        g.comments(),
                        g.variants()))
                .toList();
    }

    /** Moderators' view of some comments: their flags, earlier texts and audit entries in three queries. */
    private List<ModerationItem> items(List<Comment> list) {
        List<Long> ids = list.stream().map(Comment::id).toList();
        Map<Long, List<CommentFlag>> flags = comments.flagsOf(ids);
        Map<Long, List<CommentRevision>> revisions = comments.revisionsOf(ids);
        Map<String, List<AuditRecord>> acts =
                audit.about(AUDIT_SUBJECT, ids.stream().map(String::valueOf).toList());
        return list.stream()
                .map(c -> new ModerationItem(
                        c.id(),
                        drafts.numberOf(c.draftId()),
                        c.clauseNumber(),
                        c.authorName(),
                        c.text(),
                        c.state().name().toLowerCase(Locale.ROOT),
                        c.createdAt(),
                        c.editedAt(),
                        c.flagCount(),
                        flags.getOrDefault(c.id(), List.of()).stream()
                                .map(f -> new ModerationItem.Flag(f.reason(), f.flaggedAt()))
                                .toList(),
                        revisions.getOrDefault(c.id(), List.of()).stream()
                                .map(r -> new ModerationItem.Revision(r.text(), r.writtenAt(), r.replacedAt()))
                                .toList(),
                        acts.getOrDefault(String.valueOf(c.id()), List.of())))
                .toList();
    }

    private static String reason(String reason) {
        String trimmed = reason == null ? "" : reason.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidInput("reason", "moderation.reason.required");
        }
        if (trimmed.length() > REASON_MAX) {
            throw new InvalidInput("reason", "moderation.reason.too-long", REASON_MAX);
        }
        return TextRules.require("reason", trimmed);
    }
}
