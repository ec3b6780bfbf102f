package uz.muhokama.draft;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uz.muhokama.platform.i18n.SearchText;

/** Drafts and their versions, and the public search over them. */
@ApplicationScoped
public class DraftRepository {

    @PersistenceContext(unitName = "muhokama")
    EntityManager em;

    public Draft add(Draft draft) {
        em.persist(draft);
        em.flush();
        draft.numberAssigned();
        return draft;
    }

    public Optional<Draft> find(long id) {
        return Optional.ofNullable(em.find(Draft.class, id));
    }

    public DraftVersion add(DraftVersion version) {
        em.persist(version);
        return version;
    }

    public Optional<DraftVersion> version(long draftId, int number) {
        return em.createQuery("SELECT v FROM DraftVersion v WHERE v.draftId = :draft AND v.number = :no", DraftVersion.class)
                .setParameter("draft", draftId).setParameter("no", number).getResultStream().findFirst();
    }

    public List<DraftVersion> versions(long draftId) {
        return em.createQuery("SELECT v FROM DraftVersion v WHERE v.draftId = :draft ORDER BY v.number", DraftVersion.class)
                .setParameter("draft", draftId).getResultList();
    }

    public List<Draft> ofAgency(String agencyCode) {
        return em.createQuery("SELECT d FROM Draft d WHERE d.agencyCode = :agency ORDER BY d.updatedAt DESC", Draft.class)
                .setParameter("agency", agencyCode).getResultList();
    }

    /** One page of public drafts matching the search, and the total count. */
    public SearchResult search(DraftSearch search, Instant now, ZoneId zone) {
        // A read-only join with the discussion's table: status is a function of the window and the clock.
        StringBuilder where = new StringBuilder(" FROM Draft d, Discussion x WHERE x.draftId = d.id AND d.publishedAt IS NOT NULL");
        Map<String, Object> params = new HashMap<>();
        String q = SearchText.normalize(search.q());
        if (!q.isEmpty()) {
            where.append(" AND d.searchText LIKE :q ESCAPE '!'");
            params.put("q", "%" + q.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        filter(where, params, "d.sectorCode", "sector", search.sector());
        filter(where, params, "d.actTypeCode", "actType", search.actType());
        filter(where, params, "d.agencyCode", "agency", search.agency());
        String status = search.status() == null ? "" : search.status();
        if ("closing".equals(search.sort()) && status.isEmpty()) {
            status = "not-closed";
        }
        switch (status) {
            case "scheduled" -> where.append(" AND d.state = :published AND x.opensAt > :now");
            case "open" -> where.append(" AND d.state = :published AND x.opensAt <= :now AND x.closesAt > :now");
            case "closed" -> where.append(" AND d.state = :published AND x.closesAt <= :now");
            case "not-closed" -> where.append(" AND d.state = :published AND x.closesAt > :now");
            case "withdrawn" -> where.append(" AND d.state = :withdrawn");
            default -> { }
        }
        if (where.indexOf(":published") >= 0) {
            params.put("published", DraftState.PUBLISHED);
        }
        if (where.indexOf(":withdrawn") >= 0) {
            params.put("withdrawn", DraftState.WITHDRAWN);
        }
        if (where.indexOf(":now") >= 0) {
            params.put("now", now);
        }
        if (search.from() != null) {
            where.append(" AND x.opensAt >= :from");
            params.put("from", search.from().atStartOfDay(zone).toInstant());
        }
        if (search.to() != null) {
            where.append(" AND x.opensAt < :to");
            params.put("to", search.to().plusDays(1).atStartOfDay(zone).toInstant());
        }
        String order = switch (search.sort()) {
            case "closing" -> " ORDER BY x.closesAt ASC, d.id DESC";
            case "oldest" -> " ORDER BY d.publishedAt ASC, d.id ASC";
            default -> " ORDER BY d.publishedAt DESC, d.id DESC";
        };
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(d)" + where, Long.class);
        TypedQuery<Draft> page = em.createQuery("SELECT d" + where + order, Draft.class);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            page.setParameter(k, v);
        });
        page.setFirstResult((search.page() - 1) * search.size()).setMaxResults(search.size());
        return new SearchResult(page.getResultList(), count.getSingleResult());
    }

    private static void filter(StringBuilder where, Map<String, Object> params, String column, String name, String value) {
        if (value != null && !value.isBlank()) {
            where.append(" AND ").append(column).append(" = :").append(name);
            params.put(name, value.trim());
        }
    }

    /** A page of drafts and how many match in all. */
    public record SearchResult(List<Draft> drafts, long total) {}
}
