package uz.muhokama.decision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uz.muhokama.draft.DraftService;
import uz.muhokama.draft.PublicDraft;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.i18n.Messages;

/**
 * The decisions on one author's proposals about one draft: shown on their profile page
 * ({@link DecisionProfileSection}) and told to them when the summary is published (the notification
 * feature's text reads them through {@link #of}).
 */
@ApplicationScoped
public class AuthorDecisions {

    @Inject
    DecisionRepository decisions;

    @Inject
    Proposals proposals;

    @Inject
    DraftService drafts;

    @Inject
    Messages messages;

    /** The decisions on one person's proposals about a draft, newest first, in their language; empty when none. */
    @Transactional
    public List<AuthorDecision> of(long draftId, long accountId, Language language) {
        PublicDraft draft = drafts.publicDraft(drafts.numberOf(draftId), language);
        return decidedFor(draft, accountId).stream()
                .map(pd -> new AuthorDecision(
                        pd.proposalId(),
                        excerpt(pd.text()),
                        pd.decision().label(messages, language),
                        pd.reason() == null ? "" : pd.reason()))
                .toList();
    }

    /** The decisions on the proposals one person's comments belong to, newest first. */
    @Transactional
    List<ProposalDecision> decidedFor(PublicDraft draft, long accountId) {
        Map<Long, ProposalDecision> found = decisions.of(draft.id(), proposals.proposalsOf(draft, accountId));
        List<ProposalDecision> mine = new ArrayList<>(found.values());
        mine.sort((a, b) -> Long.compare(b.proposalId(), a.proposalId()));
        return mine;
    }

    static String excerpt(String text) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        return flat.length() > 200 ? flat.substring(0, 199) + "…" : flat;
    }
}
