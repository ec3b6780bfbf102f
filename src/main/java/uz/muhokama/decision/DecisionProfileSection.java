package uz.muhokama.decision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import uz.muhokama.account.ProfileSection;
import uz.muhokama.draft.DraftService;
import uz.muhokama.draft.PublicDraft;
import uz.muhokama.platform.i18n.CurrentLanguage;

/** On the profile page: the agencies' decisions on the person's proposals, per draft whose summary is published. */
@ApplicationScoped
class DecisionProfileSection implements ProfileSection {

    @Inject
    DecisionRepository decisions;

    @Inject
    AuthorDecisions notices;

    @Inject
    DraftService drafts;

    @Inject
    CurrentLanguage language;

    /** One draft's decisions on the person's proposals. */
    public record DraftDecisions(String number, String title, List<SummaryView.ProposalView> proposals) {}

    @Override
    public String name() {
        return "decisions";
    }

    @Override
    public Object model(long accountId) {
        List<DraftDecisions> shown = new ArrayList<>();
        for (Long draftId : decisions.decidedDrafts(accountId)) {
            PublicDraft draft = drafts.publicDraft(drafts.numberOf(draftId), language.get());
            List<SummaryView.ProposalView> mine = notices.decidedFor(draft, accountId).stream()
                    .map(pd -> new SummaryView.ProposalView(
                            pd.proposalId(),
                            pd.clauseNumber(),
                            AuthorDecisions.excerpt(pd.text()),
                            pd.comments(),
                            pd.decision().code(),
                            pd.reason()))
                    .toList();
            if (!mine.isEmpty()) {
                shown.add(new DraftDecisions(draft.number(), draft.title(), mine));
            }
        }
        return shown.isEmpty() ? null : shown;
    }
}
