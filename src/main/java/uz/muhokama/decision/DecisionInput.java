package uz.muhokama.decision;

/** One decision as sent over the API or from the decisions page. */
public record DecisionInput(Long proposal, String decision, String reason) {}
