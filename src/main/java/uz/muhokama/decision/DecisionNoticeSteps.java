package uz.muhokama.decision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import uz.muhokama.platform.claim.ClaimQueue;

/** The notice queue's database steps, each its own short transaction: finding due notices, claims, outcomes. */
@ApplicationScoped
class DecisionNoticeSteps {

    @Inject
    ClaimQueue queue;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> due(int limit, Long onlyDraft) {
        return queue.of(DecisionNotice.class).due(limit, ClaimQueue.Scope.where("draftId", onlyDraft));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<DecisionNotice> claim(long id, String by) {
        return queue.of(DecisionNotice.class).claim(id, by);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void noticeDone(DecisionNotice notice, String by) {
        queue.of(DecisionNotice.class).succeed(notice.id(), by);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void noticeFailed(DecisionNotice notice, String by, String error) {
        queue.of(DecisionNotice.class).fail(notice.id(), by, error);
    }
}
