package uz.muhokama.decision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import uz.muhokama.draft.DraftService;
import uz.muhokama.ria.DiscussionResults;

/** Fills the RIA's "public discussion results" section from the published summary. */
@ApplicationScoped
class SummaryResults implements DiscussionResults.Source {

    @Inject
    DecisionService decisions;

    @Inject
    DraftService drafts;

    @Override
    public Optional<DiscussionResults> forDraft(long draftId) {
        return decisions
                .published(draftId)
                .map(s -> new DiscussionResults(
                        true,
                        (int) s.total(),
                        s.publishedAt(),
                        "/drafts/" + drafts.numberOf(draftId) + "/summary",
                        s.accepted(),
                        s.partlyAccepted(),
                        s.rejected()));
    }
}
