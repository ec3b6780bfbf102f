package uz.muhokama.opendata;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uz.muhokama.platform.claim.Claim;
import uz.muhokama.platform.claim.ClaimQueue;
import uz.muhokama.platform.persistence.DatabaseReady;
import uz.muhokama.platform.persistence.TransientFailures;
import uz.muhokama.platform.time.PeriodicJobs;
import uz.muhokama.platform.time.PortalTimeZone;

/**
 * Makes the data package when one is due (nightly by default), once across instances: the slot's row is
 * inserted by whichever instance looks first and claimed through the portal's one claim mechanism
 * ({@link ClaimQueue}); the holder writes the package into a folder of its own under the shared delivery
 * folder, renews its claim as it goes, then moves the folder into place in one step and marks the row
 * done; only then do pages and the API see it. A claim nobody renewed for
 * {@code muhokama.reports.claim-timeout-seconds} is taken over; a failed attempt is tried again after the
 * claims' back-off while its slot is the one due. The last {@code muhokama.opendata.keep} packages are
 * kept, older ones deleted.
 */
@ApplicationScoped
public class OpenDataJob {

    private static final Logger LOG = Logger.getLogger(OpenDataJob.class.getName());
    private static final String INSTANCE = ClaimQueue.THIS_INSTANCE;
    private static final Duration RENEW_EVERY = Duration.ofSeconds(10);

    @Inject
    PackageRepository packages;

    @Inject
    PackageBuilder builder;

    @Inject
    PeriodicJobs jobs;

    @Inject
    PortalTimeZone timeZone;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "muhokama.reports.folder", defaultValue = "reports")
    String reportsFolder;

    @Inject
    @ConfigProperty(name = "muhokama.opendata.job-interval-seconds", defaultValue = "300")
    int intervalSeconds;

    @Inject
    @ConfigProperty(name = "muhokama.opendata.every-hours", defaultValue = "24")
    int everyHours;

    @Inject
    @ConfigProperty(name = "muhokama.opendata.at-hour", defaultValue = "3")
    int atHour;

    @Inject
    @ConfigProperty(name = "muhokama.opendata.keep", defaultValue = "3")
    int keep;

    private Path root;

    /**
     * What a run did with its slot: {@code made} it (or {@code failed}), found it {@code taken} by another
     * instance, {@code already} made, or {@code waiting} for its next attempt after a failed one.
     */
    public record Run(String slot, String outcome, Long packageId) {}

    @PostConstruct
    void resolve() {
        root = Path.of(reportsFolder).toAbsolutePath().normalize().resolve("open-data");
    }

    Path root() {
        return root;
    }

    void start(@Observes DatabaseReady ready) {
        jobs.every(Duration.ofSeconds(intervalSeconds), "Open data job", () -> runSlot(dueSlot(clock.instant())));
    }

    /** The latest scheduled moment at or before {@code now} names the package due then: {@code scheduled-2026-12-07T03:00}. */
    public String dueSlot(Instant now) {
        ZonedDateTime here = now.atZone(timeZone.zone());
        LocalDateTime moment = here.toLocalDate().atTime(Math.floorMod(atHour, 24), 0);
        while (moment.isAfter(here.toLocalDateTime())) {
            moment = moment.minusHours(Math.max(1, everyHours));
        }
        long step = Math.max(1, everyHours);
        while (!moment.plusHours(step).isAfter(here.toLocalDateTime())) {
            moment = moment.plusHours(step);
        }
        return "scheduled-" + moment;
    }

    /** Makes the slot's package unless it is made or being made; safe to call on every instance at once. */
    public Run runSlot(String slot) {
        Instant now = clock.instant();
        // Instances that meet on a new slot race to insert its row, and Derby's identity generator may
        // refuse inserts that arrive at the same moment (a lock time-out or deadlock): either way the
        // loser looks again and finds the winner's row.
        long id = TransientFailures.retryRaces(() ->
                packages.bySlot(slot).map(PackageRepository.Stored::id).orElseGet(() -> packages.insert(slot, now)));
        if (!packages.claim(id, INSTANCE)) {
            String state =
                    packages.byId(id).map(PackageRepository.Stored::state).orElse("");
            return new Run(
                    slot,
                    PackageRepository.DONE.equals(state) || PackageRepository.REMOVED.equals(state)
                            ? "already"
                            : Claim.State.FAILED.name().equals(state) ? "waiting" : "taken",
                    id);
        }
        return new Run(slot, generate(id, slot) ? "made" : "failed", id);
    }

    private boolean generate(long id, String slot) {
        Instant started = clock.instant();
        Path work =
                root.resolve(".work-" + id + "-" + UUID.randomUUID().toString().substring(0, 8));
        try {
            PackageBuilder.Built built =
                    builder.build(work, started, "Muhokama open data (" + slot + ")", new Renewal(id, started));
            Path target = root.resolve(Long.toString(id));
            deleteTree(target); // a crashed attempt may have left it half-moved
            Files.move(work, target, StandardCopyOption.ATOMIC_MOVE);
            if (!packages.made(
                    id,
                    INSTANCE,
                    started,
                    target.getFileName().toString(),
                    built.zipBytes(),
                    manifest(built),
                    clock.instant())) {
                deleteTree(target);
                return false;
            }
            LOG.info(() -> "Open data package " + id + " made: "
                    + built.resources().size() + " resources, " + built.zipBytes() + " bytes zipped");
            prune();
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Open data package " + id + " failed; it will be tried again", e);
            packages.failed(id, INSTANCE, String.valueOf(e.getMessage()));
            deleteTree(work);
            return false;
        }
    }

    /** Renews the claim at most every ten seconds as the package is written; stops the writing if it was taken over. */
    private final class Renewal implements Runnable {
        private final long id;
        private Instant last;

        Renewal(long id, Instant started) {
            this.id = id;
            this.last = started;
        }

        @Override
        public void run() {
            Instant now = clock.instant();
            if (Duration.between(last, now).compareTo(RENEW_EVERY) >= 0) {
                if (!packages.renew(id, INSTANCE, now)) {
                    throw new IllegalStateException("the claim on package " + id + " was taken over");
                }
                last = now;
            }
        }
    }

    /** Which files the package holds and how many rows each, for pages that must not open the folder. */
    private static String manifest(PackageBuilder.Built built) {
        JsonObjectBuilder files = Json.createObjectBuilder();
        built.resources()
                .forEach(w -> files.add(
                        w.name(),
                        Json.createObjectBuilder()
                                .add("rows", w.rows())
                                .add("bytes", w.bytes())
                                .add("sha256", w.sha256())));
        return Json.createObjectBuilder()
                .add("zip", built.zipName())
                .add("resources", files)
                .build()
                .toString();
    }

    /** Deletes every ready package but the newest {@code keep}. */
    private void prune() {
        packages.done(1000).stream().skip(Math.max(1, keep)).forEach(old -> {
            deleteTree(root.resolve(old.folder()));
            packages.removed(old.id(), clock.instant());
        });
    }

    private static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            LOG.log(Level.WARNING, "Could not delete " + folder, e);
        }
    }
}
