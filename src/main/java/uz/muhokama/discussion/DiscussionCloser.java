package uz.muhokama.discussion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * Closes one discussion in its own transaction: claim the row, write the outbox row, announce it.
 * If another instance claimed it first, nothing happens here at all.
 */
@ApplicationScoped
class DiscussionCloser {

    @Inject
    DiscussionRepository discussions;

    @Inject
    Event<DiscussionClosed> closed;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean close(Discussion due, Instant now, String instance) {
        if (!discussions.claimClosing(due.id(), now, instance)) {
            return false;
        }
        discussions.recordClosedEvent(due.draftId(), now);
        // Observers that act on it use TransactionPhase.AFTER_SUCCESS: they hear it only once it is committed.
        closed.fire(new DiscussionClosed(due.draftId(), due.closesAt()));
        return true;
    }

    /** Records that scheduled discussions have opened; harmless to repeat on any instance. */
    @Transactional
    public void recordOpenings(Instant now) {
        discussions.markOpened(now);
    }
}
