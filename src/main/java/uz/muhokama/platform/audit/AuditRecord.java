package uz.muhokama.platform.audit;

import java.time.Instant;

/** An audit entry as moderators and administrators read it. */
public record AuditRecord(
        long id,
        long actorId,
        String actorName,
        String action,
        String subjectType,
        String subjectId,
        String reason,
        Instant actedAt) {}
