package uz.muhokama.decision;

import java.util.Set;

/**
 * The agency published a draft's summary of the discussion, with its decisions on every proposal;
 * fired inside the publishing transaction. {@code authorIds}: the people whose comments the proposals
 * came from, each to hear the decisions on their own.
 */
public record SummaryPublished(long draftId, Set<Long> authorIds) {}
