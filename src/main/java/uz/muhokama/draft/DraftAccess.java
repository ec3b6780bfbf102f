package uz.muhokama.draft;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uz.muhokama.platform.error.Forbidden;
import uz.muhokama.platform.error.ResourceNotFound;
import uz.muhokama.platform.security.Caller;
import uz.muhokama.platform.security.CurrentCaller;
import uz.muhokama.platform.security.Role;

/**
 * Who may see and change which draft. An agency editor acts only on its own agency's drafts; to anyone
 * else an unpublished draft does not exist (404, so that existence does not leak).
 */
@ApplicationScoped
class DraftAccess {

    @Inject
    DraftRepository drafts;

    @Inject
    CurrentCaller currentCaller;

    /** The signed-in agency editor; 403 for anyone else. */
    Caller editor() {
        Caller caller = currentCaller.requireAny(Role.AGENCY);
        if (caller.agency().isEmpty()) {
            throw new Forbidden();
        }
        return caller;
    }

    /** A draft the signed-in editor may change: their own agency's, or "not found". */
    Draft ownDraft(String number) {
        Caller editor = editor();
        return DraftNumber.idFrom(number)
                .flatMap(drafts::find)
                .filter(d -> d.belongsTo(editor.agencyCode()))
                .orElseThrow(ResourceNotFound::new);
    }

    /** The editor's own draft, its row locked until the transaction ends (see {@link DraftRepository#lock}). */
    Draft ownDraftLocked(String number) {
        Draft draft = ownDraft(number);
        drafts.lock(draft);
        return draft;
    }

    /** Public drafts for everyone; unpublished ones only for their own agency's editors. */
    Draft visibleDraft(String number) {
        Draft draft = DraftNumber.idFrom(number).flatMap(drafts::find).orElseThrow(ResourceNotFound::new);
        if (draft.isPublic()) {
            return draft;
        }
        boolean ownEditor = currentCaller
                .get()
                .flatMap(Caller::agency)
                .map(draft::belongsTo)
                .orElse(false);
        if (!ownEditor) {
            throw new ResourceNotFound();
        }
        return draft;
    }
}
