package uz.muhokama.decision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import uz.muhokama.platform.claim.ClaimTimes;

/** The notice queue's database steps, each its own short transaction: finding due notices, claims, outcomes. */
@ApplicationScoped
public class DecisionNoticeSteps {

    @Inject
    DecisionRepository decisions;

    @Inject
    ClaimTimes times;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> due(int limit, Long onlyDraft) {
        return decisions.dueNotices(times.now(), times.stale(), limit, onlyDraft);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<DecisionNotice> claim(long id, String by) {
        return decisions.claimNotice(id, by, times.now(), times.stale());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void noticeDone(DecisionNotice notice, String by) {
        decisions.heldNotice(notice.id(), by).ifPresent(held -> held.claim().succeed(by, times.now()));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void noticeFailed(DecisionNotice notice, String by, String error) {
        decisions.heldNotice(notice.id(), by).ifPresent(held -> held.claim().fail(by, error, times.now(), times.backoff()));
    }
}
