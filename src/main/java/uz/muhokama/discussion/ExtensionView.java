package uz.muhokama.discussion;

import java.time.Instant;

/** One entry of the public extension history. */
public record ExtensionView(Instant previousClosesAt, Instant newClosesAt, String reason, Instant extendedAt) {}
