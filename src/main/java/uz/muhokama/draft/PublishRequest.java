package uz.muhokama.draft;

import java.time.Instant;

/** When the discussion opens and closes (ISO-8601 instants; kept to the minute). */
public record PublishRequest(Instant opensAt, Instant closesAt) {}
