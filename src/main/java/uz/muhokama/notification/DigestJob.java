package uz.muhokama.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
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
import uz.muhokama.platform.persistence.UniqueViolation;
import uz.muhokama.platform.time.PeriodicJobs;
import uz.muhokama.platform.time.PortalTimeZone;

/**
 * Sends the daily and weekly digests, on every instance, safe to run twice at once. Every run makes the
 * current Tashkent hour slot's delivery rows, DAILY and WEEKLY, one per shard (the table's unique key
 * makes them once whichever instance looks), then claims each due digest delivery and walks the shard's
 * people with mail waiting in pages by id ({@link DigestMailing}). A slot missed while no instance ran is
 * not made afterwards: its people's items wait, still WAITING or DIGEST, for their next slot.
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
        makeSlot(slot);
        int done = 0;
        int failed = 0;
        int sent = 0;
        List<Long> due = steps.due(batchSize, DIGESTS);
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
     * Makes the slot's missing rows, all in one transaction; when another instance made some at the same
     * moment, one at a time, theirs kept.
     */
    private void makeSlot(DigestSlot slot) {
        for (NotificationDelivery.Kind kind : DIGESTS) {
            Set<Integer> made = steps.digestShards(kind, slot);
            List<Integer> missing = IntStream.range(0, shards)
                    .filter(shard -> !made.contains(shard))
                    .boxed()
                    .toList();
            if (missing.isEmpty()) {
                continue;
            }
            try {
                steps.createDigestRows(kind, slot, missing);
            } catch (RuntimeException e) {
                if (!UniqueViolation.in(e)) {
                    throw e;
                }
                Set<Integer> madeMeanwhile = steps.digestShards(kind, slot);
                for (int shard : missing) {
                    if (madeMeanwhile.contains(shard)) {
                        continue;
                    }
                    try {
                        steps.createDigestRows(kind, slot, List.of(shard));
                    } catch (RuntimeException one) {
                        if (!UniqueViolation.in(one)) {
                            throw one;
                        }
                    }
                }
            }
        }
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
