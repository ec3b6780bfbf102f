package uz.muhokama.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.function.UnaryOperator;

/** Records one event found by looking, in a transaction of its own, once per {@code dedup_key}. */
@ApplicationScoped
class EventWatchSteps {

    @Inject
    EventStore events;

    @Inject
    Clock clock;

    /**
     * Records the event unless its key is recorded already; false then. Two instances at once: both may
     * pass the check, the unique key lets one insert through, and the other's transaction fails with a
     * unique violation, which the caller takes as "already recorded".
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean record(
            EventType type, String dedupKey, UnaryOperator<NotificationEvent> details, Collection<Long> audience) {
        if (events.recorded(dedupKey)) {
            return false;
        }
        NotificationEvent event =
                events.add(details.apply(new NotificationEvent(type, clock.instant()).dedupKey(dedupKey)));
        events.addAudience(event.id(), audience);
        return true;
    }
}
