package uz.muhokama.discussion;

import java.time.Instant;

/** A discussion has closed; fired once per draft, after the closing transaction commits. */
public record DiscussionClosed(long draftId, Instant closedAt) {}
