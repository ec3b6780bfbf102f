package uz.muhokama.draft;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import uz.muhokama.discussion.DiscussionService;
import uz.muhokama.reference.ReferenceCatalog;

/**
 * Records drafts that were published elsewhere or earlier, with their own dates: the old portal's drafts
 * when its data is taken over, and the demo's. Nothing here checks who may act or what the clock says now,
 * as publishing does; it writes what happened. The discussion's window and extensions are recorded by
 * {@link DiscussionService#recordHistoric}; {@link #completeHistory} then takes them into the draft's search.
 */
@ApplicationScoped
public class HistoricDrafts {

    @Inject
    DraftRepository drafts;

    @Inject
    DiscussionService discussions;

    @Inject
    ReferenceCatalog reference;

    /** A draft published at {@code publishedAt} with its first version; its id. */
    @Transactional
    public long recordPublished(String agencyCode, DraftForm form, Instant publishedAt) {
        Draft draft = drafts.add(
                new Draft(agencyCode, reference.regionOfAgency(agencyCode).orElse(null), form, publishedAt));
        DraftVersion first = new DraftVersion(draft.id(), 1, publishedAt, null);
        first.writeClauses(form.clauses(), List.of());
        drafts.add(first);
        draft.publish(publishedAt);
        return draft.id();
    }

    /** The clauses of one of the draft's versions, as input for the next one (their keys kept). */
    @Transactional
    public List<ClauseInput> clausesOf(long draftId, int version) {
        return drafts.version(draftId, version).orElseThrow().clauses().stream()
                .map(c -> new ClauseInput(c.key(), c.number(), c.heading(), c.text(), c.headingCyrl(), c.textCyrl()))
                .toList();
    }

    /** A new version of the draft, made at {@code at}: a clause keeps its key where its input names it. */
    @Transactional
    public void recordVersion(long draftId, List<ClauseInput> clauses, Instant at, String changeNote) {
        Draft draft = drafts.find(draftId).orElseThrow();
        int previous = draft.currentVersion();
        DraftVersion next = new DraftVersion(draftId, draft.nextVersion(), at, changeNote);
        next.writeClauses(
                clauses, drafts.version(draftId, previous).orElseThrow().clauses());
        drafts.add(next);
    }

    /** The draft was withdrawn at {@code at}, for {@code reason}. */
    @Transactional
    public void recordWithdrawal(long draftId, String reason, Instant at) {
        drafts.find(draftId).orElseThrow().withdraw(reason, at);
    }

    /** Once the draft's history is recorded: its discussion's window into its search copy, and its words indexed. */
    @Transactional
    public void completeHistory(long draftId) {
        Draft draft = drafts.find(draftId).orElseThrow();
        discussions
                .forDraft(draftId)
                .ifPresent(w -> draft.historyIs(
                        w.opensAt(), w.closesAt(), w.extensions().size()));
        drafts.indexTerms(draft);
    }
}
