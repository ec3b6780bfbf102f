package uz.muhokama.draft;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import uz.muhokama.platform.persistence.DatabaseReady;

/**
 * At start-up, indexes the search words of drafts that have none (drafts written before word search
 * existed, or bulk-loaded), in small transactions. Another instance doing the same at once only makes
 * one of them stop early.
 */
@ApplicationScoped
class DraftTermBackfill {

    private static final Logger LOG = Logger.getLogger(DraftTermBackfill.class.getName());
    private static final int BATCH = 500;

    @Inject
    DraftTermIndexer indexer;

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
    }
}
