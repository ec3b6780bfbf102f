package uz.muhokama.draft;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import uz.muhokama.platform.persistence.IdBatches;

/**
 * What features that count drafts need of them (statistics): the sector and agency of drafts known by
 * id, and the dates of every public draft's life. Unpublished drafts are never included.
 */
@ApplicationScoped
public class DraftFacts {

    /** Where a draft belongs: its sector and its agency. */
    public record Placement(String sector, String agency) {}

    /**
     * One public draft's dates: published, its discussion's window (as extended), its summary's
     * publication (null until then), and whether it was withdrawn.
     */
    public record Life(
            String sector,
            String agency,
            Instant publishedAt,
            Instant opensAt,
            Instant closesAt,
            Instant summaryPublishedAt,
            boolean withdrawn) {}

    /**
     * A public draft as open data has it (texts as published; the status as of {@code now}). {@code titleUz} and
     * {@code summaryUz} are the official Uzbek texts as written: Latin where given, else Cyrillic.
     */
    public record Published(
            long id,
            String number,
            String titleUz,
            String titleRu,
            String titleEn,
            String summaryUz,
            String summaryRu,
            String summaryEn,
            String actType,
            String sector,
            String agency,
            Instant publishedAt,
            Instant opensAt,
            Instant closesAt,
            int extensions,
            int currentVersion,
            Instant withdrawnAt,
            String withdrawalReason,
            Instant summaryPublishedAt) {}

    /** One version of a public draft. */
    public record Version(long id, long draftId, String number, int version, Instant createdAt, String changeNote) {}

    /** One clause of a version of a public draft. */
    public record VersionClause(
            long id,
            long draftId,
            String number,
            int version,
            int position,
            String clause,
            String heading,
            String text) {}

    @PersistenceContext(unitName = "muhokama")
    EntityManager em;

    /** A draft's public number from its id: {@code ID-100001}. */
    public static String numberOf(long draftId) {
        return DraftNumber.of(draftId);
    }

    /** The id of the public draft with this number ({@code ID-100001}, or the bare digits), if there is one. */
    @Transactional
    public Optional<Long> publicDraftId(String number) {
        if (number == null) {
            return Optional.empty();
        }
        String written = number.strip().toUpperCase(Locale.ROOT);
        return DraftNumber.idFrom(written.startsWith("ID-") ? written : "ID-" + written)
                .filter(id -> !em.createQuery(
                                "SELECT d.id FROM Draft d WHERE d.id = :id AND d.publishedAt IS NOT NULL", Long.class)
                        .setParameter("id", id)
                        .getResultList()
                        .isEmpty());
    }

    /** The sector and agency of each of these drafts (a thousand ids per query). */
    @Transactional
    public Map<Long, Placement> placements(Collection<Long> draftIds) {
        Map<Long, Placement> placed = new HashMap<>();
        for (List<Long> batch : IdBatches.of(draftIds)) {
            em.createQuery("SELECT d.id, d.sectorCode, d.agencyCode FROM Draft d WHERE d.id IN :ids", Object[].class)
                    .setParameter("ids", batch)
                    .getResultList()
                    .forEach(r -> placed.put((Long) r[0], new Placement((String) r[1], (String) r[2])));
        }
        return placed;
    }

    /**
     * Public drafts with an id above {@code afterId}, in id order, at most {@code max}; only those with
     * {@code onlyDraft} when it is not null, of a sector or agency when given, published within
     * [{@code from}, {@code to}) when given.
     */
    @Transactional
    public List<Published> publishedAfter(
            long afterId, int max, Long onlyDraft, String sector, String agency, Instant from, Instant to) {
        StringBuilder where = new StringBuilder("d.publishedAt IS NOT NULL AND d.id > :after");
        if (onlyDraft != null) {
            where.append(" AND d.id = :draft");
        }
        if (sector != null) {
            where.append(" AND d.sectorCode = :sector");
        }
        if (agency != null) {
            where.append(" AND d.agencyCode = :agency");
        }
        if (from != null) {
            where.append(" AND d.publishedAt >= :from AND d.publishedAt < :to");
        }
        var query = em.createQuery(
                        "SELECT d.id, COALESCE(d.texts.titleUz, d.texts.titleUzCyrl), d.texts.titleRu, d.texts.titleEn, "
                                + "COALESCE(d.texts.summaryUz, d.texts.summaryUzCyrl), d.texts.summaryRu, d.texts.summaryEn, "
                                + "d.actTypeCode, d.sectorCode, d.agencyCode, d.publishedAt, d.discussion.opensAt, d.discussion.closesAt, "
                                + "d.discussion.extensions, d.currentVersion, d.withdrawal.at, d.withdrawal.reason, d.summaryPublishedAt "
                                + "FROM Draft d WHERE " + where + " ORDER BY d.id",
                        Object[].class)
                .setParameter("after", afterId)
                .setMaxResults(max);
        if (onlyDraft != null) {
            query.setParameter("draft", onlyDraft);
        }
        if (sector != null) {
            query.setParameter("sector", sector);
        }
        if (agency != null) {
            query.setParameter("agency", agency);
        }
        if (from != null) {
            query.setParameter("from", from).setParameter("to", to);
        }
        return query.getResultList().stream()
                .map(r -> new Published(
                        (Long) r[0],
                        DraftNumber.of((Long) r[0]),
                        (String) r[1],
                        (String) r[2],
                        (String) r[3],
                        (String) r[4],
                        (String) r[5],
                        (String) r[6],
                        (String) r[7],
                        (String) r[8],
                        (String) r[9],
                        (Instant) r[10],
                        (Instant) r[11],
                        (Instant) r[12],
                        (Integer) r[13],
                        (Integer) r[14],
                        (Instant) r[15],
                        (String) r[16],
                        (Instant) r[17]))
                .toList();
    }

    /** Versions of public drafts with an id above {@code afterId}, in id order, at most {@code max}. */
    @Transactional
    public List<Version> versionsAfter(long afterId, int max) {
        return em
                .createQuery(
                        "SELECT v.id, v.draftId, v.number, v.createdAt, v.changeNote FROM DraftVersion v, Draft d "
                                + "WHERE d.id = v.draftId AND d.publishedAt IS NOT NULL AND v.id > :after ORDER BY v.id",
                        Object[].class)
                .setParameter("after", afterId)
                .setMaxResults(max)
                .getResultList()
                .stream()
                .map(r -> new Version(
                        (Long) r[0], (Long) r[1], DraftNumber.of((Long) r[1]), (Integer) r[2], (Instant) r[3], (String)
                                r[4]))
                .toList();
    }

    /** Clauses of public drafts' versions with an id above {@code afterId}, in id order, at most {@code max}. */
    @Transactional
    public List<VersionClause> clausesAfter(long afterId, int max) {
        return em
                .createQuery(
                        "SELECT c.id, v.draftId, v.number, c.position, c.number, COALESCE(c.heading, c.headingCyrl), COALESCE(c.text, c.textCyrl) "
                                + "FROM Clause c JOIN c.version v, Draft d WHERE d.id = v.draftId AND d.publishedAt IS NOT NULL "
                                + "AND c.id > :after ORDER BY c.id",
                        Object[].class)
                .setParameter("after", afterId)
                .setMaxResults(max)
                .getResultList()
                .stream()
                .map(r -> new VersionClause(
                        (Long) r[0],
                        (Long) r[1],
                        DraftNumber.of((Long) r[1]),
                        (Integer) r[2],
                        (Integer) r[3],
                        (String) r[4],
                        (String) r[5],
                        (String) r[6]))
                .toList();
    }

    /** Every draft ever published, withdrawn or not. */
    @Transactional
    public List<Life> allPublished() {
        return em
                .createQuery(
                        "SELECT d.sectorCode, d.agencyCode, d.publishedAt, d.discussion.opensAt, d.discussion.closesAt, "
                                + "d.summaryPublishedAt, d.state FROM Draft d WHERE d.publishedAt IS NOT NULL",
                        Object[].class)
                .getResultList()
                .stream()
                .map(r -> new Life(
                        (String) r[0],
                        (String) r[1],
                        (Instant) r[2],
                        (Instant) r[3],
                        (Instant) r[4],
                        (Instant) r[5],
                        r[6] == DraftState.WITHDRAWN))
                .toList();
    }
}
