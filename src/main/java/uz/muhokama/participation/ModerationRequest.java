package uz.muhokama.participation;

/** A moderator's reason for hiding or restoring a comment; it goes to the audit log. */
public record ModerationRequest(String reason) {}
