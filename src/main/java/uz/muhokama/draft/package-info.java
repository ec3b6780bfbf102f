/**
 * Drafts of normative legal acts: what an agency publishes for discussion. A draft has trilingual
 * titles and summaries, an act type, a sector, its agency, and its text as ordered clauses in versions;
 * clauses keep a stable key across versions so that what is said about a clause can follow it. The
 * draft's public status comes from its {@code discussion}. API for other features:
 * {@link uz.muhokama.draft.DraftService} (find a draft and its clauses by number), {@link uz.muhokama.draft.DraftView},
 * {@link uz.muhokama.draft.DraftNumber} (a draft's public number and the id it stands for).
 * Depends on {@code reference}, {@code account} (the caller's agency) and {@code discussion}.
 */
package uz.muhokama.draft;
