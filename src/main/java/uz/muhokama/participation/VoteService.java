package uz.muhokama.participation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import uz.muhokama.discussion.DiscussionService;
import uz.muhokama.discussion.DiscussionStatus;
import uz.muhokama.draft.DraftService;
import uz.muhokama.draft.PublicDraft;
import uz.muhokama.platform.error.Conflict;
import uz.muhokama.platform.error.InvalidInput;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.persistence.UniqueViolation;
import uz.muhokama.platform.security.Caller;
import uz.muhokama.platform.security.CurrentCaller;

/**
 * Support/oppose votes: one per person per draft, changeable or withdrawn while the discussion is
 * open. Not transactional itself: each write is a short transaction of its own (see {@link VoteRepository}).
 */
@ApplicationScoped
class VoteService {

    @Inject
    VoteRepository votes;

    @Inject
    DraftService drafts;

    @Inject
    DiscussionService discussions;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Clock clock;

    public VoteTally vote(String number, String choiceCode, Language language) {
        Caller caller = currentCaller.require();
        VoteChoice choice = parse(choiceCode);
        PublicDraft draft = drafts.publicDraft(number, language);
        Instant now = clock.instant();
        requireOpen(draft, now);
        if (!votes.change(draft.id(), caller.accountId(), choice, now)) {
            try {
                votes.insert(draft.id(), caller.accountId(), choice, now);
            } catch (RuntimeException raced) {
                // A second click or another instance inserted the vote first: the constraint kept one row,
                // and this request's choice is applied to it.
                if (!UniqueViolation.in(raced)) {
                    throw raced;
                }
                votes.change(draft.id(), caller.accountId(), choice, now);
            }
        }
        return votes.tallyFor(draft.id(), caller);
    }

    public VoteTally withdraw(String number, Language language) {
        Caller caller = currentCaller.require();
        PublicDraft draft = drafts.publicDraft(number, language);
        requireOpen(draft, clock.instant());
        votes.remove(draft.id(), caller.accountId());
        return votes.tallyFor(draft.id(), caller);
    }

    @Transactional
    public VoteTally tally(String number, Language language) {
        return votes.tallyFor(
                drafts.publicDraft(number, language).id(), currentCaller.get().orElse(null));
    }

    private void requireOpen(PublicDraft draft, Instant now) {
        if (draft.withdrawn()) {
            throw new Conflict("vote.draft-withdrawn");
        }
        DiscussionStatus status = discussions.statusAt(draft.id(), now);
        if (status != DiscussionStatus.OPEN) {
            throw new Conflict(
                    status == DiscussionStatus.CLOSED ? "vote.discussion-closed" : "vote.discussion-not-open-yet");
        }
    }

    private static VoteChoice parse(String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidInput("vote", "vote.choice.required");
        }
        try {
            return VoteChoice.valueOf(code.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("vote", "vote.choice.unknown");
        }
    }
}
