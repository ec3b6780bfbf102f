package uz.muhokama.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import uz.muhokama.platform.claim.ClaimQueue;

/**
 * The fan-out's database steps, each its own short transaction: finding due events, claiming one,
 * writing its rows and deliveries with the success of its claim (all or nothing), recording a failure.
 */
@ApplicationScoped
class FanOutSteps {

    @Inject
    ClaimQueue queue;

    @Inject
    EventStore events;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> due(int limit) {
        return queue.of(NotificationEvent.class).due(limit, ClaimQueue.Scope.all());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim(long id, String by) {
        return queue.of(NotificationEvent.class).claim(id, by).isPresent();
    }

    /**
     * The event's notification rows and instant deliveries, and its claim's success, in one transaction
     * under the row's lock; empty when the claim was taken over meanwhile. A cancelled event is told to
     * nobody: it is only marked done.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Integer> fanOut(long id, String by, int shards) {
        Optional<NotificationEvent> held = queue.of(NotificationEvent.class).held(id, by);
        if (held.isEmpty()) {
            return Optional.empty();
        }
        NotificationEvent event = held.get();
        Instant now = clock.instant();
        int rows = 0;
        if (!event.isCancelled()) {
            rows = events.execute(FanOutSql.notifications(event, shards, now));
            events.execute(FanOutSql.deliveries(id, now));
        }
        event.claim().succeed(by, now);
        return Optional.of(rows);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(long id, String by, String error) {
        queue.of(NotificationEvent.class).fail(id, by, error);
    }
}
