package uz.muhokama.survey;

/** An administrator's decision on an application: a note on approval, the reason (required) on decline. */
public record ExpertDecision(String reason) {}
