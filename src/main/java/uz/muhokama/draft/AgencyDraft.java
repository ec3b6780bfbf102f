package uz.muhokama.draft;

/**
 * A draft as other features see it when its own agency's editor acts on something that belongs to it
 * (its regulatory impact assessment, say): whether it needs an assessment and whether it is public yet.
 */
public record AgencyDraft(long id, String number, String agencyCode, boolean needsRia, boolean isPublic) {

    static AgencyDraft of(Draft draft) {
        return new AgencyDraft(draft.id(), draft.number(), draft.agencyCode(), draft.needsRia(), draft.isPublic());
    }
}
