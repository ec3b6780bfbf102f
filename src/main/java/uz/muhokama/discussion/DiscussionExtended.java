package uz.muhokama.discussion;

import java.time.Instant;

/** A discussion's closing was moved later; fired inside the extending transaction. */
public record DiscussionExtended(long draftId, Instant newClosesAt) {}
