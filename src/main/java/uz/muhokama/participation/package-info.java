/**
 * Public participation: comments on a draft or one of its clauses (bound to the clause's stable key, so
 * they follow it into later versions), replies, edits within a window with their history, withdrawal,
 * support/oppose votes (one per person per draft, kept by a database constraint), flags, the
 * moderator's queue with hide/restore recorded in the audit log, per-person rate limits, and the
 * grouping of mass campaigns (docs/participation.md). Uses {@code draft} (which drafts and clauses
 * exist) and {@code discussion} (whether input is accepted at this instant); contributes its section to
 * the draft page through {@link uz.muhokama.draft.DraftPageSection}, and keeps the drafts' comment
 * counts for the "most discussed" order with {@link uz.muhokama.participation.ActivityTally}.
 */
package uz.muhokama.participation;
