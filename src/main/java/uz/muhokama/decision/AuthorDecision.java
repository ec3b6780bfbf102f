package uz.muhokama.decision;

/**
 * A decision on one of a person's proposals as they read it: the proposal's number, an excerpt of its
 * text, the decision in their language, and the agency's reason (empty when none was given).
 */
public record AuthorDecision(long proposalId, String excerpt, String decision, String reason) {}
