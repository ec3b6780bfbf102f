package uz.muhokama.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uz.muhokama.platform.claim.ClaimQueue;
import uz.muhokama.platform.persistence.DatabaseReady;
import uz.muhokama.platform.time.PeriodicJobs;

/**
 * Sends the instant e-mails, on every instance, safe to run twice at once: claims each due INSTANT
 * delivery (one event's shard, written by the fan-out) on the platform's claim mechanism, walks the
 * shard's WAITING rows of the event in pages by id ({@link InstantMailing}, one transaction each),
 * renews the claim after every page, and records the delivery done — or failed, to be tried again after
 * the back-off, when the SMTP server refused a message (the rows not sent wait as they were).
 */
@ApplicationScoped
public class InstantDeliveryJob {

    private static final Logger LOG = Logger.getLogger(InstantDeliveryJob.class.getName());
    private static final String INSTANCE = ClaimQueue.THIS_INSTANCE;

    @Inject
    PeriodicJobs jobs;

    @Inject
    DeliverySteps steps;

    @Inject
    InstantMailing mailing;

    @Inject
    @ConfigProperty(name = "muhokama.notifications.job-interval-seconds", defaultValue = "15")
    int intervalSeconds;

    /** Deliveries one run claims, at most. */
    @Inject
    @ConfigProperty(name = "muhokama.notifications.delivery-batch-size", defaultValue = "50")
    int batchSize;

    /** Rows per page (one transaction, one SMTP connection). */
    @Inject
    @ConfigProperty(name = "muhokama.notifications.page-size", defaultValue = "500")
    int pageSize;

    void start(@Observes DatabaseReady ready) {
        jobs.every(Duration.ofSeconds(intervalSeconds), "Instant notification job", this::runOnce);
    }

    /** What one run did: deliveries done and failed, e-mails sent. */
    public record Run(int done, int failed, int sent) {}

    public Run runOnce() {
        int done = 0;
        int failed = 0;
        int sent = 0;
        List<Long> due = steps.due(batchSize, Set.of(NotificationDelivery.Kind.INSTANT));
        for (Long id : due) {
            NotificationDelivery delivery = steps.claim(id, INSTANCE).orElse(null);
            if (delivery == null) {
                continue;
            }
            Outcome outcome = deliver(delivery);
            sent += outcome.sent();
            if (outcome.done()) {
                done++;
            } else {
                failed++;
            }
        }
        return new Run(done, failed, sent);
    }

    private record Outcome(boolean done, int sent) {}

    private Outcome deliver(NotificationDelivery delivery) {
        int sent = 0;
        try {
            NotificationEvent event = steps.events(Set.of(delivery.eventId())).get(delivery.eventId());
            long after = 0;
            while (event != null) {
                InstantMailing.Page page = mailing.mail(event, delivery.shard(), after, pageSize);
                sent += page.sent();
                if (!steps.progress(delivery.id(), INSTANCE, page.sent())) {
                    LOG.info(() -> "Instant delivery " + delivery.workKey() + " was taken over by another instance");
                    return new Outcome(false, sent);
                }
                if (page.failure() != null) {
                    throw new IllegalStateException(page.failure());
                }
                if (page.read() < pageSize) {
                    break;
                }
                after = page.lastId();
            }
            steps.done(delivery.id(), INSTANCE);
            return new Outcome(true, sent);
        } catch (Exception e) {
            LOG.log(
                    Level.WARNING,
                    "Instant delivery " + delivery.workKey() + "/" + delivery.shard()
                            + " failed; it will be tried again",
                    e);
            steps.failed(delivery.id(), INSTANCE, e.toString());
            return new Outcome(false, sent);
        }
    }
}
