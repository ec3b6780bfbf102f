package uz.muhokama.decision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import uz.muhokama.draft.DraftService;
import uz.muhokama.draft.PublicDraft;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.security.Caller;
import uz.muhokama.platform.security.Role;

/**
 * Decisions an agency took outside a request of its own (on paper, in the old portal, or the demo
 * agency's): recorded on behalf of one of its editors under the same rules as the decisions page, then
 * published, in the caller's transaction. What to decide on each proposal is the caller's to say.
 */
@ApplicationScoped
public class HistoricDecisions {

    @Inject
    DecisionService decisions;

    @Inject
    DecidingDrafts drafting;

    @Inject
    Proposals proposals;

    @Inject
    DraftService drafts;

    /** Decides on every proposal of the draft as {@code editorId} of its agency, and publishes the summary. */
    @Transactional
    public void decideAndPublish(String number, long editorId, Function<Proposal, DecisionInput> decide) {
        PublicDraft draft = drafts.publicDraft(number, Language.DEFAULT);
        Caller editor =
                new Caller(editorId, "historic", Set.of(Role.AGENCY), draft.agencyCode(), Language.DEFAULT, null);
        DecidingDraft d = drafting.undecided(new DecidingDraft(draft, editor, Language.DEFAULT));
        List<DecisionInput> inputs = new ArrayList<>();
        proposals.each(draft, p -> inputs.add(decide.apply(p)), author -> {});
        decisions.decide(d, inputs, Language.DEFAULT);
        decisions.publish(d);
    }
}
