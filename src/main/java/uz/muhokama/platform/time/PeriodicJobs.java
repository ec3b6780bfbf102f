package uz.muhokama.platform.time;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the features' jobs on this instance, each every interval until the application stops. A run
 * that fails is logged and the next one comes as usual. Every job must be safe to run on several
 * instances at once, because each instance runs its own.
 */
@ApplicationScoped
public class PeriodicJobs {

    private static final Logger LOG = Logger.getLogger(PeriodicJobs.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final List<ScheduledFuture<?>> scheduled = new CopyOnWriteArrayList<>();

    /** Runs {@code job} every {@code interval}, the first time one interval from now; never for a zero or negative interval. */
    public void every(Duration interval, String name, Runnable job) {
        if (interval.isZero() || interval.isNegative()) {
            return;
        }
        long millis = interval.toMillis();
        scheduled.add(
                scheduler.scheduleWithFixedDelay(() -> runSafely(name, job), millis, millis, TimeUnit.MILLISECONDS));
    }

    private static void runSafely(String name, Runnable job) {
        try {
            job.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, name + " failed; it will run again", e);
        }
    }

    @PreDestroy
    void stop() {
        scheduled.forEach(s -> s.cancel(false));
    }
}
