package uz.muhokama.platform.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PeriodicJobsTest {

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
    private final PeriodicJobs jobs = new PeriodicJobs();

    PeriodicJobsTest() {
        // The container's scheduler, played by a plain one: the jobs use only what both have.
        jobs.scheduler = (ManagedScheduledExecutorService) Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {ManagedScheduledExecutorService.class},
                (proxy, method, args) -> {
                    try {
                        return method.invoke(executor, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @AfterEach
    void shutDown() {
        executor.shutdownNow();
    }

    @Test
    void aJobThatFailsRunsAgainAtItsNextInterval() throws InterruptedException {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch threeRuns = new CountDownLatch(3);
        jobs.every(Duration.ofMillis(5), "Failing job", () -> {
            runs.incrementAndGet();
            threeRuns.countDown();
            throw new IllegalStateException("database away");
        });
        assertTrue(threeRuns.await(5, TimeUnit.SECONDS), "ran " + runs.get() + " times");
    }

    @Test
    void aZeroIntervalTurnsTheJobOffOnThisInstance() throws InterruptedException {
        AtomicInteger runs = new AtomicInteger();
        jobs.every(Duration.ZERO, "Switched-off job", runs::incrementAndGet);
        Thread.sleep(50);
        assertEquals(0, runs.get());
    }

    @Test
    void noJobRunsOnceTheApplicationStops() throws InterruptedException {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch firstRun = new CountDownLatch(1);
        jobs.every(Duration.ofMillis(5), "Stopped job", () -> {
            runs.incrementAndGet();
            firstRun.countDown();
        });
        assertTrue(firstRun.await(5, TimeUnit.SECONDS));
        jobs.stop();
        Thread.sleep(20);
        int afterStop = runs.get();
        Thread.sleep(50);
        assertEquals(afterStop, runs.get(), "no run after the stop");
    }
}
