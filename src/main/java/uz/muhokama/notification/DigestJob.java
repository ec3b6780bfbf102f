package uz.muhokama.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.IntStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uz.muhokama.platform.claim.ClaimQueue;
import uz.muhokama.platform.persistence.DatabaseReady;
import uz.muhokama.platform.persistence.TransientFailures;
import uz.muhokama.platform.time.PeriodicJobs;
import uz.muhokama.platform.time.PortalTimeZone;

/**
 * Sends the daily and weekly digests, on every instance, safe to run twice at once. Every run makes the
 * current Tashkent hour slot's delivery rows, DAILY and WEEKLY, one per shard (the table's unique key
 * makes them once whichever instance looks), then claims each due digest delivery and walks the shard's
 * people with mail waiting in pages by id ({@link DigestMailing}). A slot missed while no instance ran
 * (a deployment, an outage) is made by the first run after it, late, if it is at most
 * {@code muhokama.notifications.digest-catch-up-hours} old: its people get that day's or week's digest
 * late rather than a day or a week later. Older slots are not made: their people's items wait, still
 * WAITING or DIGEST, for their next slot.
 */
@ApplicationScoped
public class DigestJob {

    private static final Logger LOG = Logger.getLogger(DigestJob.class.getName());
    private static final String INSTANCE = ClaimQueue.THIS_INSTANCE;
    private static final Set<NotificationDelivery.Kind> DIGESTS =
            EnumSet.of(NotificationDelivery.Kind.DAILY, NotificationDelivery.Kind.WEEKLY);

    @Inject
    PeriodicJobs jobs;

    @Inject
    DeliverySteps steps;

    @Inject
    DigestMailing mailing;

    @Inject
    PortalTimeZone timeZone;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "muhokama.notifications.digest-interval-seconds", defaultValue = "60")
    int intervalSeconds;

    @Inject
    @ConfigProperty(name = "muhokama.notifications.shards", defaultValue = "8")
    int shards;

    @Inject
    @ConfigProperty(name = "muhokama.notifications.delivery-batch-size", defaultValue = "50")
    int batchSize;

    /** How far back a run looks for slots that no instance made. */
    @Inject
    @ConfigProperty(name = "muhokama.notifications.digest-catch-up-hours", defaultValue = "6")
    int catchUpHours;

    /** People per page (one transaction, one SMTP connection). */
    @Inject
    @ConfigProperty(name = "muhokama.notifications.digest-page-size", defaultValue = "200")
    int pageSize;

    void start(@Observes DatabaseReady ready) {
        jobs.every(Duration.ofSeconds(intervalSeconds), "Digest job", this::runOnce);
    }

    /** What one run did: the slot, digest deliveries done and failed, digests sent. */
    public record Run(String slot, int done, int failed, int sent) {}

    public Run runOnce() {
        DigestSlot slot = DigestSlot.at(clock.instant(), timeZone.zone());
        catchUp(slot);
        for (NotificationDelivery.Kind kind : DIGESTS) {
            makeSlot(kind, slot);
        }
        int done = 0;
        int failed = 0;
        int sent = 0;
        // This hour's digests first: their people expect them on the hour, a missed hour's are late already.
        List<Long> due = new ArrayList<>(steps.due(batchSize, DIGESTS, slot));
        if (due.size() < batchSize) {
            for (Long id : steps.due(batchSize, DIGESTS)) {
                if (due.size() == batchSize) {
                    break;
                }
                if (!due.contains(id)) {
                    due.add(id);
                }
            }
        }
        for (Long id : due) {
            Optional<NotificationDelivery> claimed = steps.claim(id, INSTANCE);
            if (claimed.isEmpty()) {
                continue;
            }
            Outcome outcome = deliver(claimed.get());
            sent += outcome.sent();
            if (outcome.done()) {
                done++;
            } else {
                failed++;
            }
        }
        return new Run(slot.key(), done, failed, sent);
    }

    /**
     * Makes the recent slots that have no rows at all, oldest first: no instance ran in their hour. Their
     * deliveries are claimed after this hour's, by this run or the next ones.
     */
    private void catchUp(DigestSlot now) {
        if (catchUpHours <= 0) {
            return;
        }
        List<DigestSlot> earlier = IntStream.iterate(catchUpHours, h -> h >= 1, h -> h - 1)
                .mapToObj(h -> now.hoursBefore(h, timeZone.zone()))
                .toList();
        for (NotificationDelivery.Kind kind : DIGESTS) {
            Set<String> made;
            try {
                made = steps.digestSlotsMade(kind, earlier);
                if (made.isEmpty() && !steps.digestsMadeBefore(kind, earlier.get(0))) {
                    continue; // a new installation: no hour was missed, none had begun
                }
            } catch (RuntimeException raced) {
                // On Derby a read waits for another instance's uncommitted rows and may time out: it is
                // making them, and the next run looks again.
                LOG.log(Level.INFO, "Missed digest hours (" + kind + ") not looked for in this run", raced);
                continue;
            }
            for (DigestSlot missed : earlier) {
                if (!made.contains(missed.key())) {
                    LOG.info(() -> "Digest slot " + missed.key() + " (" + kind + ") was missed; made late");
                    makeSlot(kind, missed);
                }
            }
        }
    }

    /**
     * Makes the slot's missing rows, all in one transaction. When another instance makes them at the same
     * moment, that breaks the unique key, or deadlocks on PostgreSQL (the two inserting in different
     * orders), or meets a lock time-out on Derby (its identity generator, or a read waiting on the other's
     * uncommitted rows): then each row still missing is made in a transaction of its own (one insert
     * cannot deadlock), looked for again first, so none is made twice. If even that keeps meeting the
     * other instance, the rows are left to its run or to the next one, and this run goes on to deliver
     * what is due.
     */
    private void makeSlot(NotificationDelivery.Kind kind, DigestSlot slot) {
        try {
            List<Integer> missing = missingShards(kind, slot);
            if (!missing.isEmpty()) {
                steps.createDigestRows(kind, slot, missing);
            }
        } catch (RuntimeException raced) {
            try {
                for (int shard = 0; shard < shards; shard++) {
                    int one = shard;
                    TransientFailures.retryRaces(() -> {
                        if (!steps.digestShards(kind, slot).contains(one)) {
                            steps.createDigestRows(kind, slot, List.of(one));
                        }
                        return one;
                    });
                }
            } catch (RuntimeException stillRacing) {
                LOG.log(
                        Level.INFO,
                        "Digest rows of " + slot.key() + " (" + kind + ") left to another run",
                        stillRacing);
            }
        }
    }

    private List<Integer> missingShards(NotificationDelivery.Kind kind, DigestSlot slot) {
        Set<Integer> made = steps.digestShards(kind, slot);
        return IntStream.range(0, shards)
                .filter(shard -> !made.contains(shard))
                .boxed()
                .toList();
    }

    private record Outcome(boolean done, int sent) {}

    /** Runs one claimed digest delivery. */
    private Outcome deliver(NotificationDelivery delivery) {
        int sent = 0;
        try {
            DigestSlot slot = DigestSlot.of(delivery.workKey(), timeZone.zone())
                    .orElseThrow(() -> new IllegalStateException("Not a slot: " + delivery.workKey()));
            long after = -1;
            while (true) {
                DigestMailing.Page page = mailing.mail(delivery.kind(), slot, delivery.shard(), after, pageSize);
                sent += page.sent();
                if (!steps.progress(delivery.id(), INSTANCE, page.sent())) {
                    LOG.info(() -> "Digest delivery " + delivery.workKey() + " was taken over by another instance");
                    return new Outcome(false, sent);
                }
                if (page.failure() != null) {
                    throw new IllegalStateException(page.failure());
                }
                if (page.read() < pageSize) {
                    break;
                }
                after = page.lastAccount();
            }
            steps.done(delivery.id(), INSTANCE);
            return new Outcome(true, sent);
        } catch (Exception e) {
            LOG.log(
                    Level.WARNING,
                    "Digest delivery " + delivery.kind() + " " + delivery.workKey() + "/" + delivery.shard()
                            + " failed; it will be tried again",
                    e);
            steps.failed(delivery.id(), INSTANCE, e.toString());
            return new Outcome(false, sent);
        }
    }
}
