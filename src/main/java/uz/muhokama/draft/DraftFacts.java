package uz.muhokama.draft;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
    public record Life(String sector, String agency, Instant publishedAt, Instant opensAt, Instant closesAt,
                       Instant summaryPublishedAt, boolean withdrawn) {}

    @PersistenceContext(unitName = "muhokama")
    EntityManager em;

    /** The sector and agency of each of these drafts (a thousand ids per query). */
    @Transactional
    public Map<Long, Placement> placements(Collection<Long> draftIds) {
        Map<Long, Placement> placed = new HashMap<>();
        List<Long> ids = List.copyOf(draftIds);
        for (int from = 0; from < ids.size(); from += 1000) {
            em.createQuery("SELECT d.id, d.sectorCode, d.agencyCode FROM Draft d WHERE d.id IN :ids", Object[].class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 1000))).getResultList()
                    .forEach(r -> placed.put((Long) r[0], new Placement((String) r[1], (String) r[2])));
        }
        return placed;
    }

    /** Every draft ever published, withdrawn or not. */
    @Transactional
    public List<Life> allPublished() {
        return em.createQuery("SELECT d.sectorCode, d.agencyCode, d.publishedAt, d.discussionOpensAt, d.discussionClosesAt, "
                        + "d.summaryPublishedAt, d.state FROM Draft d WHERE d.publishedAt IS NOT NULL",
                        Object[].class)
                .getResultList().stream()
                .map(r -> new Life((String) r[0], (String) r[1], (Instant) r[2], (Instant) r[3], (Instant) r[4], (Instant) r[5],
                        r[6] == DraftState.WITHDRAWN))
                .toList();
    }
}
