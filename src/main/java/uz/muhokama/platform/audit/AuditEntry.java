package uz.muhokama.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One privileged act: who did what to which thing, when and why. Never changed once written. */
@Entity
@Table(name = "audit_entry")
class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "actor_id", nullable = false)
    private long actorId;

    @Column(name = "actor_name", nullable = false)
    private String actorName;

    @Column(name = "action", nullable = false)
    private String action;

    @Column(name = "subject_type", nullable = false)
    private String subjectType;

    @Column(name = "subject_id", nullable = false)
    private String subjectId;

    @Column(name = "reason")
    private String reason;

    @Column(name = "acted_at", nullable = false)
    private Instant actedAt;

    protected AuditEntry() {}

    AuditEntry(
            long actorId,
            String actorName,
            String action,
            String subjectType,
            String subjectId,
            String reason,
            Instant actedAt) {
        this.actorId = actorId;
        this.actorName = actorName;
        this.action = action;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.reason = reason;
        this.actedAt = actedAt;
    }

    public AuditRecord record() {
        return new AuditRecord(id, actorId, actorName, action, subjectType, subjectId, reason, actedAt);
    }
}
