package uz.muhokama.draft;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Indexes again, with the current search key, the words of drafts indexed with an older one (after an
 * upgrade that changed {@link uz.muhokama.platform.i18n.SearchText#key}, V33 for issue 41). It runs in the
 * background ({@link DraftTermBackfill} schedules it) rather than at start-up: 100,000 drafts take
 * minutes. Batches are small transactions so that Derby never escalates to a table lock that would stop
 * searches, and each draft is claimed in the database, so several instances may run it at once. Until a
 * draft is done, its old words still answer queries typed in Latin without apostrophes.
 */
@ApplicationScoped
public class SearchKeyRebuild {

    private static final Logger LOG = Logger.getLogger(SearchKeyRebuild.class.getName());

    /** Drafts per transaction: about 25 words each, well under Derby's 5,000 locks before escalation. */
    static final int BATCH = 20;

    @Inject
    DraftTermIndexer indexer;

    /** Indexes every draft left on an older key; how many drafts were looked at. */
    public int runOnce() {
        int total = 0;
        int done;
        do {
            done = indexer.rekeyBatch(BATCH);
            total += done;
        } while (done == BATCH);
        if (total > 0) {
            int looked = total;
            LOG.info(() -> "Search key rebuild: indexed the words of " + looked + " drafts again");
        }
        return total;
    }
}
