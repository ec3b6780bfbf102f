package uz.muhokama.draft;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import uz.muhokama.discussion.DiscussionService;
import uz.muhokama.discussion.DiscussionView;
import uz.muhokama.discussion.DiscussionWindow;
import uz.muhokama.platform.error.InvalidInput;
import uz.muhokama.platform.i18n.SearchText;
import uz.muhokama.platform.security.CurrentCaller;
import uz.muhokama.platform.time.PortalTimeZone;
import uz.muhokama.reference.ReferenceCatalog;

/**
 * A draft's public life, by its own agency's editors: publishing it with its discussion's window (once
 * the checks later features add have passed), extending the discussion, withdrawing the draft.
 */
@ApplicationScoped
class DraftPublication {

    @Inject
    DraftRepository drafts;

    @Inject
    DraftAccess access;

    @Inject
    DiscussionService discussions;

    @Inject
    ReferenceCatalog reference;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Clock clock;

    @Inject
    PortalTimeZone timeZone;

    @Inject
    Event<DraftPublished> published;

    @Inject
    Event<DraftWithdrawn> withdrawn;

    /** Rules later features add to publishing (the regulatory impact assessment's, for one). */
    @Inject
    @Any
    Instance<PublicationCheck> publicationChecks;

    @Transactional
    public Draft publish(String number, PublishRequest request) {
        // Locked: what the publication checks read (the assessment, whose edits take the same lock) cannot
        // change between the check and the commit.
        Draft draft = access.ownDraftLocked(number);
        if (request == null) {
            throw new InvalidInput("opensAt", "discussion.window.opens-required");
        }
        AgencyDraft candidate = AgencyDraft.of(draft);
        boolean firstPublication = !draft.isPublic();
        if (firstPublication) {
            publicationChecks.forEach(check -> check.check(candidate));
        }
        Instant now = clock.instant();
        draft.publish(now);
        publicationChecks.forEach(check -> check.published(candidate, now));
        drafts.indexTerms(draft);
        DiscussionView window = discussions.schedule(
                draft.id(),
                new DiscussionWindow(request.opensAt(), request.closesAt()),
                reference.isDepartmentalActType(draft.actTypeCode()));
        draft.windowIs(window.opensAt(), window.closesAt());
        if (firstPublication) {
            // The words as the search indexes them (DraftRepository.indexTerms), so a saved search matches alike.
            published.fire(new DraftPublished(
                    draft.id(),
                    draft.sectorCode(),
                    draft.agencyCode(),
                    draft.regionCode().orElse(null),
                    draft.actTypeCode(),
                    LocalDate.ofInstant(window.opensAt(), timeZone.zone()),
                    SearchText.terms(draft.searchText())));
        }
        return draft;
    }

    @Transactional
    public Draft extend(String number, ExtensionRequest request) {
        Draft draft = access.ownDraftLocked(number);
        if (request == null) {
            throw new InvalidInput("closesAt", "discussion.window.closes-required");
        }
        DiscussionView window = discussions.extend(
                draft.id(),
                request.closesAt(),
                request.reason(),
                currentCaller.require().accountId());
        draft.extendedTo(window.closesAt(), clock.instant());
        return draft;
    }

    @Transactional
    public Draft withdraw(String number, WithdrawalRequest request) {
        Draft draft = access.ownDraft(number);
        Instant now = clock.instant();
        draft.withdraw(request == null ? null : request.reason(), now);
        withdrawn.fire(new DraftWithdrawn(draft.id(), now));
        return draft;
    }
}
