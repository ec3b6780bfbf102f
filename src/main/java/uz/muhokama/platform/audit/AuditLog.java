package uz.muhokama.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uz.muhokama.platform.security.Caller;

/**
 * The audit log of privileged acts (moderation now). Entries join the caller's transaction, so an act
 * and its entry are stored together or not at all.
 */
@ApplicationScoped
public class AuditLog {

    @PersistenceContext(unitName = "muhokama")
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Caller actor, String action, String subjectType, String subjectId, String reason) {
        em.persist(new AuditEntry(
                actor.accountId(), actor.fullName(), action, subjectType, subjectId, reason, clock.instant()));
    }

    /** What was done to some things of one type, oldest first, by subject id. */
    @Transactional
    public Map<String, List<AuditRecord>> about(String subjectType, Collection<String> subjectIds) {
        if (subjectIds.isEmpty()) {
            return Map.of();
        }
        return em
                .createQuery(
                        "SELECT e FROM AuditEntry e WHERE e.subjectType = :type AND e.subjectId IN :ids",
                        AuditEntry.class)
                .setParameter("type", subjectType)
                .setParameter("ids", subjectIds)
                .getResultList()
                .stream()
                .map(AuditEntry::record)
                .sorted(Comparator.comparingLong(AuditRecord::id))
                .collect(Collectors.groupingBy(AuditRecord::subjectId));
    }

    /** The newest entries, newest first, a page at a time. */
    @Transactional
    public List<AuditRecord> latest(int first, int max) {
        return em
                .createQuery("SELECT e FROM AuditEntry e ORDER BY e.id DESC", AuditEntry.class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList()
                .stream()
                .map(AuditEntry::record)
                .toList();
    }
}
