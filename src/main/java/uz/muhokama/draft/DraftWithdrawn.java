package uz.muhokama.draft;

import java.time.Instant;

/** A public draft was withdrawn by its agency; fired inside the withdrawing transaction. */
public record DraftWithdrawn(long draftId, Instant withdrawnAt) {}
