package uz.muhokama.draft;

import java.time.Instant;

/** A later end for an open discussion, and why. */
public record ExtensionRequest(Instant closesAt, String reason) {}
