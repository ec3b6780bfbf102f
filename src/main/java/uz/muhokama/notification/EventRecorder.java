package uz.muhokama.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import uz.muhokama.account.AccountService;
import uz.muhokama.decision.SummaryPublished;
import uz.muhokama.discussion.DiscussionClosed;
import uz.muhokama.discussion.DiscussionExtended;
import uz.muhokama.draft.DraftPublished;
import uz.muhokama.draft.DraftWithdrawn;
import uz.muhokama.participation.CommentHidden;
import uz.muhokama.participation.CommentReplied;
import uz.muhokama.report.ReportReceived;

/**
 * Records what the features announce as {@link NotificationEvent} rows, synchronously in the firing
 * transaction (plain {@code @Observes}, not after commit): the event commits with the draft, comment
 * or decision it is about, or neither does, so nothing is told that did not happen and nothing that
 * happened is lost. Only recording happens here; the fan-out job turns events into people's rows.
 */
@ApplicationScoped
class EventRecorder {

    @Inject
    EventStore events;

    @Inject
    AccountService accounts;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    void published(@Observes DraftPublished published) {
        Instant now = clock.instant();
        NotificationEvent event = events.add(new NotificationEvent(EventType.DRAFT_PUBLISHED, now)
                .about(
                        published.draftId(),
                        published.sectorCode(),
                        published.agencyCode(),
                        published.regionCode(),
                        published.actTypeCode(),
                        published.opensOn()));
        events.addWords(event.id(), published.words());
    }

    /** Nobody hears of the draft as new or closing any more; its followers hear it was withdrawn. */
    @Transactional(Transactional.TxType.MANDATORY)
    void withdrawn(@Observes DraftWithdrawn withdrawn) {
        Instant now = clock.instant();
        events.cancelOfDraft(withdrawn.draftId(), Set.of(EventType.DRAFT_PUBLISHED, EventType.DRAFT_CLOSING_SOON), now);
        events.add(new NotificationEvent(EventType.DRAFT_WITHDRAWN, now).draft(withdrawn.draftId()));
    }

    /** The new closing moment goes in the detail (ISO-8601), for the texts to show in the reader's zone. */
    @Transactional(Transactional.TxType.MANDATORY)
    void extended(@Observes DiscussionExtended extended) {
        events.add(new NotificationEvent(EventType.DRAFT_EXTENDED, clock.instant())
                .draft(extended.draftId())
                .detail(extended.newClosesAt().toString()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void closed(@Observes DiscussionClosed closed) {
        events.add(new NotificationEvent(EventType.DRAFT_CLOSED, clock.instant())
                .draft(closed.draftId())
                .detail(closed.closedAt().toString()));
    }

    /** A reply to one's own comment tells nobody. */
    @Transactional(Transactional.TxType.MANDATORY)
    void replied(@Observes CommentReplied replied) {
        if (replied.parentAuthorId() == replied.replyAuthorId()) {
            return;
        }
        events.add(new NotificationEvent(EventType.COMMENT_REPLY, clock.instant())
                .draft(replied.draftId())
                .comment(replied.replyId())
                .forAccount(replied.parentAuthorId()));
    }

    /** A hidden or withdrawn reply is told to nobody any more (digests and pages leave it out too). */
    @Transactional(Transactional.TxType.MANDATORY)
    void hidden(@Observes CommentHidden hidden) {
        events.cancelOfComment(hidden.commentId(), clock.instant());
    }

    /** Followers of the draft hear of the summary; authors of proposals of the decisions on theirs. */
    @Transactional(Transactional.TxType.MANDATORY)
    void summaryPublished(@Observes SummaryPublished published) {
        NotificationEvent event = events.add(
                new NotificationEvent(EventType.SUMMARY_PUBLISHED, clock.instant()).draft(published.draftId()));
        events.addAudience(event.id(), published.authorIds());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void reportReceived(@Observes ReportReceived received) {
        NotificationEvent event = events.add(new NotificationEvent(EventType.REPORT_RECEIVED, clock.instant())
                .draft(received.draftId())
                .agency(received.agencyCode()));
        events.addAudience(event.id(), accounts.editorsOf(received.agencyCode()));
    }
}
