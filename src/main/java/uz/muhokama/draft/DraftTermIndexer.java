package uz.muhokama.draft;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** Indexes one batch of drafts without search words, in a transaction of its own. */
@ApplicationScoped
class DraftTermIndexer {

    @Inject
    DraftRepository drafts;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int indexBatch(int size) {
        List<Draft> batch = drafts.withoutTerms(size);
        batch.forEach(drafts::indexTerms);
        return batch.size();
    }
}
