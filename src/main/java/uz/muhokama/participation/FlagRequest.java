package uz.muhokama.participation;

/** Why someone reports a comment as abusive. */
public record FlagRequest(String reason) {}
