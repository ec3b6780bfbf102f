package uz.muhokama.draft;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** Indexes one batch of drafts' search words, in a transaction of its own. */
@ApplicationScoped
class DraftTermIndexer {

    @Inject
    DraftRepository drafts;

    /** Public drafts without search words; how many were indexed. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int indexBatch(int size) {
        List<Draft> batch = drafts.withoutTerms(size);
        batch.forEach(drafts::indexTerms);
        return batch.size();
    }

    /**
     * Drafts whose words were keyed by an older search key, indexed again with the current one (each
     * claimed first, see {@link DraftRepository#claimForNewKey}); how many were looked at, whether this
     * instance or another one indexed them.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int rekeyBatch(int size) {
        List<Long> ids = drafts.keyedBefore(size);
        for (long id : ids) {
            if (drafts.claimForNewKey(id)) {
                drafts.find(id).ifPresent(drafts::indexTerms);
            }
        }
        return ids.size();
    }
}
