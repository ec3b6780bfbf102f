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
        indexTerms(draft);
        return draft;
    }

    /** Rewrites the draft's search words after its text changed. */
    public void indexTerms(Draft draft) {
        em.createQuery("DELETE FROM DraftTerm t WHERE t.draftId = :draft").setParameter("draft", draft.id()).executeUpdate();
        for (String term : SearchText.terms(draft.searchText())) {
            em.persist(new DraftTerm(term, draft.id()));
        }
    }

    /** Drafts that have no search words yet (written before words were indexed, or bulk-loaded). */
    public List<Draft> withoutTerms(int limit) {
        return em.createQuery("SELECT d FROM Draft d WHERE NOT EXISTS (SELECT t FROM DraftTerm t WHERE t.draftId = d.id) "
                + "ORDER BY d.id", Draft.class).setMaxResults(limit).getResultList();
    }

    /** What other features need of a public draft, without loading its long texts. */
    public record Header(long id, DraftState state, int currentVersion, String agencyCode, String titleUz, String titleRu,
                         String titleEn) {}

    public Optional<Header> publicHeader(long id) {
        return em.createQuery("SELECT d.id, d.state, d.currentVersion, d.agencyCode, d.titleUz, d.titleRu, d.titleEn "
                        + "FROM Draft d WHERE d.id = :id AND d.publishedAt IS NOT NULL", Object[].class)
                .setParameter("id", id).getResultList().stream().findFirst()
                .map(r -> new Header((Long) r[0], (DraftState) r[1], (Integer) r[2], (String) r[3], (String) r[4],
                        (String) r[5], (String) r[6]))
                .filter(h -> h.state() != DraftState.UNPUBLISHED);
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
                .setParameter("draft", draftId).setParameter("no", number).getResultList().stream().findFirst();
    }

    /** The clauses of one version in order, as the page shows them: one query, no entities to manage. */
    public List<DraftView.ClauseView> clauseViews(long draftId, int number) {
        return em.createQuery("SELECT c.key, c.number, c.heading, c.text, c.position FROM Clause c "
                        + "WHERE c.version.draftId = :draft AND c.version.number = :no", Object[].class)
                .setParameter("draft", draftId).setParameter("no", number).getResultList().stream()
                .sorted(java.util.Comparator.comparingInt(row -> (Integer) row[4]))
                .map(row -> new DraftView.ClauseView((String) row[0], (String) row[1], (String) row[2], (String) row[3]))
                .toList();
    }

    /** The list of a draft's versions, without their clauses. */
    public List<DraftView.VersionInfo> versionInfos(long draftId) {
        return em.createQuery("SELECT v.number, v.createdAt, v.changeNote FROM DraftVersion v WHERE v.draftId = :draft",
                        Object[].class)
                .setParameter("draft", draftId).getResultList().stream()
                .map(row -> new DraftView.VersionInfo((Integer) row[0], (java.time.Instant) row[1], (String) row[2]))
                .sorted(java.util.Comparator.comparingInt(DraftView.VersionInfo::number))
                .toList();
    }

    public List<Long> discussedBetween(Instant from, Instant to) {
        return em.createQuery("SELECT d.id FROM Draft d WHERE d.publishedAt IS NOT NULL AND d.discussionClosesAt >= :from "
                        + "AND d.discussionOpensAt <= :to", Long.class)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    public void setCommentCount(long draftId, long count) {
        em.createQuery("UPDATE Draft d SET d.commentCount = :count WHERE d.id = :id AND d.commentCount <> :count")
                .setParameter("count", (int) Math.min(Integer.MAX_VALUE, count)).setParameter("id", draftId).executeUpdate();
    }

    public List<Draft> ofAgency(String agencyCode) {
        return em.createQuery("SELECT d FROM Draft d WHERE d.agencyCode = :agency ORDER BY d.updatedAt DESC", Draft.class)
                .setParameter("agency", agencyCode).getResultList();
    }

    /** One page of public drafts matching the search, and the total count. */
    public SearchResult search(DraftSearch search, Instant now, ZoneId zone) {
        String status = search.status() == null ? "" : search.status();
        if ("closing".equals(search.sort()) && status.isEmpty()) {
            status = "not-closed";
        }
        // Status is a function of the discussion window (copied onto the draft for search) and the clock.
        StringBuilder where = new StringBuilder(" FROM Draft d WHERE d.publishedAt IS NOT NULL");
        Map<String, Object> params = new HashMap<>();
        textFilter(where, params, search.q());
        filter(where, params, "d.sectorCode", "sector", search.sector());
        filter(where, params, "d.actTypeCode", "actType", search.actType());
        filter(where, params, "d.agencyCode", "agency", search.agency());
        switch (status) {
            case "scheduled" -> where.append(" AND d.state = uz.muhokama.draft.DraftState.PUBLISHED AND d.discussionOpensAt > :now");
            case "open" -> where.append(" AND d.state = uz.muhokama.draft.DraftState.PUBLISHED AND d.discussionOpensAt <= :now AND d.discussionClosesAt > :now");
            case "closed" -> where.append(" AND d.state = uz.muhokama.draft.DraftState.PUBLISHED AND d.discussionClosesAt <= :now");
            case "not-closed" -> where.append(" AND d.state = uz.muhokama.draft.DraftState.PUBLISHED AND d.discussionClosesAt > :now");
            case "withdrawn" -> where.append(" AND d.state = uz.muhokama.draft.DraftState.WITHDRAWN");
            default -> { }
        }
        if (where.indexOf(":now") >= 0) {
            params.put("now", now.truncatedTo(java.time.temporal.ChronoUnit.MINUTES));
        }
        if (search.from() != null) {
            where.append(" AND d.discussionOpensAt >= :from");
            params.put("from", search.from().atStartOfDay(zone).toInstant());
        }
        if (search.to() != null) {
            where.append(" AND d.discussionOpensAt < :to");
            params.put("to", search.to().plusDays(1).atStartOfDay(zone).toInstant());
        }
        String[] order = switch (search.sort()) {
            case "closing" -> new String[] {"d.discussionClosesAt", " ORDER BY d.discussionClosesAt ASC, d.id DESC"};
            case "oldest" -> new String[] {"d.publishedAt", " ORDER BY d.publishedAt ASC, d.id ASC"};
            case "discussed" -> new String[] {"d.commentCount", " ORDER BY d.commentCount DESC, d.publishedAt DESC, d.id DESC"};
            default -> new String[] {"d.publishedAt", " ORDER BY d.publishedAt DESC, d.id DESC"};
        };
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(d.id)" + where, Long.class);
        // Sort and page narrow rows (id and the sort key) first, then load only the page's drafts.
        TypedQuery<Object[]> ids = em.createQuery("SELECT d.id, " + order[0] + where + order[1], Object[].class);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            ids.setParameter(k, v);
        });
        if (search.q() == null || search.q().isBlank()) {
            // Without words the filters are known reference codes, dates and a minute-truncated clock, so
            // they go into the SQL as literals: the optimizer then sees how narrow a date range is (Derby
            // estimates bound ranges blindly and scanned a whole sector for "open, closing soonest"), and
            // the statement text stays the same for a minute, so its plan is reused.
            count.setHint("eclipselink.jdbc.bind-parameters", "false");
            ids.setHint("eclipselink.jdbc.bind-parameters", "false");
        }
        ids.setFirstResult((search.page() - 1) * search.size()).setMaxResults(search.size());
        List<Long> pageIds = ids.getResultList().stream().map(row -> (Long) row[0]).toList();
        return new SearchResult(inOrder(pageIds), count.getSingleResult());
    }

    private List<Draft> inOrder(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Draft> byId = new HashMap<>();
        em.createQuery("SELECT d FROM Draft d WHERE d.id IN :ids", Draft.class).setParameter("ids", ids)
                .getResultList().forEach(d -> byId.put(d.id(), d));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /**
     * A draft number finds that draft; otherwise every word of the query must start a word of the
     * draft's number, titles or summaries (in any of the three languages).
     */
    private static void textFilter(StringBuilder where, Map<String, Object> params, String q) {
        if (q == null || q.isBlank()) {
            return;
        }
        if (q.trim().matches("(?i)(id-?)?\\d{5,18}")) {
            where.append(" AND d.id = :numberId");
            params.put("numberId", Draft.idFromNumber(q).orElseThrow());
            return;
        }
        int i = 0;
        for (String term : SearchText.terms(q)) {
            String name = "term" + i++;
            where.append(" AND d.id IN (SELECT t.draftId FROM DraftTerm t WHERE t.term LIKE :").append(name).append(" ESCAPE '!')");
            params.put(name, term.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
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
