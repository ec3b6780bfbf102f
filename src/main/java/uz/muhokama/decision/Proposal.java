package uz.muhokama.decision;

/**
 * What the agency decides on: a comment or reply that is neither hidden nor withdrawn, or a campaign
 * group (its members are one proposal, known by the group's earliest comment, with their count).
 */
public record Proposal(long id, String clause, String text, long comments, Integer campaign) {}
