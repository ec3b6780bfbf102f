package uz.muhokama.participation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import uz.muhokama.discussion.DiscussionService;
import uz.muhokama.discussion.DiscussionStatus;
import uz.muhokama.draft.DraftService;
import uz.muhokama.draft.DraftView;
import uz.muhokama.draft.PublicDraft;
import uz.muhokama.platform.error.Conflict;
import uz.muhokama.platform.error.InvalidInput;
import uz.muhokama.platform.error.ResourceNotFound;
import uz.muhokama.platform.error.TextRules;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.security.Caller;
import uz.muhokama.platform.security.CurrentCaller;

/**
 * Writing comments on drafts and clauses: posting, replying, editing within the window, withdrawing.
 * Input is accepted only while the discussion is open, judged by the same instant the comment is
 * stored with. The lists and counts are read by {@link CommentThreads}.
 */
@ApplicationScoped
class CommentService {

    @Inject
    CommentRepository comments;

    @Inject
    DraftService drafts;

    @Inject
    DiscussionService discussions;

    @Inject
    ParticipationLimits limits;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Event<SharedCounts.Changed> countsChanged;

    @Inject
    Clock clock;

    @Inject
    Event<CommentReplied> replied;

    @Inject
    Event<CommentHidden> hidden;

    @Inject
    CommentViews views;

    @Transactional
    public CommentView post(String number, NewComment input, Language language) {
        Caller author = currentCaller.require();
        PublicDraft draft = drafts.publicDraft(number, language);
        String text = cleanText(input == null ? null : input.text());
        Comment parent = null;
        Long answeredAuthor = null;
        CommentTarget target = null;
        if (input.replyTo() != null) {
            parent = comments.onDraft(draft.id(), input.replyTo())
                    .orElseThrow(() -> new InvalidInput("replyTo", "comment.reply-to.unknown"));
            // The person answered is the author of the comment replied to, even when it joins the thread above.
            answeredAuthor = parent.authorId();
            if (parent.parentId() != null) {
                // Threads are one level deep: an answer to a reply joins the same thread.
                parent = comments.find(parent.parentId()).orElseThrow();
            }
            if (parent.state() != CommentState.VISIBLE) {
                throw new Conflict("comment.reply-to.not-visible");
            }
            target = parent.clauseKey() == null
                    ? null
                    : draft.clauseKeyed(parent.clauseKey())
                            .map(c -> new CommentTarget(c.key(), c.number(), ClauseDigest.of(c)))
                            .orElse(null);
        } else if (input.clause() != null && !input.clause().isBlank()) {
            DraftView.ClauseView clause = draft.clauseNumbered(input.clause())
                    .orElseThrow(() -> new InvalidInput("clause", "comment.clause.unknown"));
            target = new CommentTarget(clause.key(), clause.number(), ClauseDigest.of(clause));
        }
        Instant now = clock.instant();
        requireOpen(draft, now);
        limits.checkComment(author.accountId(), now);
        Comment comment = comments.add(new Comment(
                draft.id(),
                draft.version(),
                target,
                parent == null ? null : parent.id(),
                new Comment.Author(author.accountId(), author.fullName(), author.regionCode()),
                text,
                now));
        countsChanged.fire(new SharedCounts.Changed(draft.id()));
        if (answeredAuthor != null) {
            replied.fire(new CommentReplied(draft.id(), comment.id(), answeredAuthor, author.accountId()));
        }
        return views.of(comment, draft, author, now, language);
    }

    @Transactional
    public CommentView edit(String number, long commentId, CommentEdit input, Language language) {
        Caller author = currentCaller.require();
        PublicDraft draft = drafts.publicDraft(number, language);
        Comment comment = comments.onDraft(draft.id(), commentId).orElseThrow(ResourceNotFound::new);
        String text = cleanText(input == null ? null : input.text());
        Instant now = clock.instant();
        requireOpen(draft, now);
        comments.add(comment.edit(author.accountId(), text, now, limits.editWindow()));
        return views.of(comment, draft, author, now, language);
    }

    @Transactional
    public void withdraw(String number, long commentId, Language language) {
        Caller author = currentCaller.require();
        PublicDraft draft = drafts.publicDraft(number, language);
        Comment comment = comments.onDraft(draft.id(), commentId).orElseThrow(ResourceNotFound::new);
        Instant now = clock.instant();
        requireOpen(draft, now);
        comment.withdraw(author.accountId(), now);
        countsChanged.fire(new SharedCounts.Changed(draft.id()));
        hidden.fire(new CommentHidden(draft.id(), commentId));
    }

    private void requireOpen(PublicDraft draft, Instant now) {
        if (draft.withdrawn()) {
            throw new Conflict("comment.draft-withdrawn");
        }
        DiscussionStatus status = discussions.statusAt(draft.id(), now);
        if (status == DiscussionStatus.SCHEDULED) {
            throw new Conflict("comment.discussion-not-open-yet");
        }
        if (status == DiscussionStatus.CLOSED) {
            throw new Conflict("comment.discussion-closed");
        }
    }

    /**
     * Plain text: line breaks made one kind and the ends trimmed; other control characters and broken
     * characters refused (TextRules), never dropped, so the text stored is the text sent; blank or too long refused.
     */
    String cleanText(String text) {
        String cleaned = TextRules.require(
                        "text", text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n'))
                .strip();
        if (cleaned.isEmpty()) {
            throw new InvalidInput("text", "comment.text.required");
        }
        if (cleaned.length() > limits.maxLength()) {
            throw new InvalidInput("text", "comment.text.too-long", limits.maxLength());
        }
        return cleaned;
    }
}
