package uz.muhokama.draft;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uz.muhokama.platform.persistence.DatabaseReady;
import uz.muhokama.platform.time.PeriodicJobs;

/**
 * At start-up, indexes the search words of drafts that have none (drafts written before word search
 * existed, or bulk-loaded), in small transactions. Another instance doing the same at once only makes
 * one of them stop early. Then schedules the {@link SearchKeyRebuild} of drafts indexed with an older
 * search key, every {@code muhokama.drafts.search.rekey-interval-seconds} (each run finds nothing left
 * with one index probe once the rebuild is done).
 */
@ApplicationScoped
class DraftTermBackfill {

    private static final Logger LOG = Logger.getLogger(DraftTermBackfill.class.getName());
    private static final int BATCH = 500;

    @Inject
    DraftTermIndexer indexer;

    @Inject
    SearchKeyRebuild rebuild;

    @Inject
    PeriodicJobs jobs;

    @Inject
    @ConfigProperty(name = "muhokama.drafts.search.rekey-interval-seconds", defaultValue = "30")
    int rekeyIntervalSeconds;

    void backfill(@Observes @Priority(150) DatabaseReady ready) {
        int total = 0;
        try {
            int done;
            do {
                done = indexer.indexBatch(BATCH);
                total += done;
            } while (done == BATCH);
        } catch (RuntimeException anotherInstanceIsIndexing) {
            LOG.warning("Search word indexing stopped early: "
                    + anotherInstanceIsIndexing.getClass().getSimpleName());
        }
        if (total > 0) {
            int indexed = total;
            LOG.info(() -> "Indexed search words of " + indexed + " drafts");
        }
        jobs.every(Duration.ofSeconds(rekeyIntervalSeconds), "Search key rebuild", rebuild::runOnce);
    }
}
