package uz.muhokama.draft;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import uz.muhokama.platform.i18n.SearchText;

/**
 * Drafts and their versions: storing and locking them, their search words, and the narrow reads
 * (headers, clauses, version lists) the services make without loading whole drafts. The public search
 * over them is {@link DraftSearchRepository}'s.
 */
@ApplicationScoped
class DraftRepository {

    @PersistenceContext(unitName = "muhokama")
    EntityManager em;

    public Draft add(Draft draft) {
        em.persist(draft);
        em.flush();
        draft.numberAssigned();
        indexTerms(draft);
        return draft;
    }

    /**
     * Rewrites the draft's search words after its text changed or it was published. Only public
     * drafts have words: the public search is all that reads them, and it can then count a word's
     * drafts from the word index alone.
     */
    public void indexTerms(Draft draft) {
        em.createQuery("DELETE FROM DraftTerm t WHERE t.draftId = :draft")
                .setParameter("draft", draft.id())
                .executeUpdate();
        keyedNow(draft.id());
        if (!draft.isPublic()) {
            return;
        }
        for (String term : SearchText.terms(draft.searchText())) {
            em.persist(new DraftTerm(term, draft.id()));
        }
    }

    /** Records that the draft's words are keyed by the current {@link SearchText#key} (see V33). */
    private void keyedNow(long draftId) {
        em.createNativeQuery("UPDATE draft SET search_key_version = ? WHERE id = ?")
                .setParameter(1, SearchText.KEY_VERSION)
                .setParameter(2, draftId)
                .executeUpdate();
    }

    /**
     * Drafts whose words were keyed by an older {@link SearchText#key} (or never, unpublished ones
     * included), in id order: at most {@code limit} ids.
     */
    @SuppressWarnings("unchecked")
    public List<Long> keyedBefore(int limit) {
        return ((List<Number>) em.createNativeQuery(
                                "SELECT id FROM draft WHERE search_key_version < ? ORDER BY search_key_version, id")
                        .setParameter(1, SearchText.KEY_VERSION)
                        .setMaxResults(limit)
                        .getResultList())
                .stream().map(Number::longValue).toList();
    }

    /**
     * Claims the draft for indexing its words with the current key: its row is updated (and so locked
     * until the transaction ends) only if it is still on an older key, so that of two instances the
     * second waits for the first's commit and then finds it done. True if this transaction claimed it.
     */
    public boolean claimForNewKey(long draftId) {
        return em.createNativeQuery("UPDATE draft SET search_key_version = ? WHERE id = ? AND search_key_version < ?")
                        .setParameter(1, SearchText.KEY_VERSION)
                        .setParameter(2, draftId)
                        .setParameter(3, SearchText.KEY_VERSION)
                        .executeUpdate()
                == 1;
    }

    /** Public drafts that have no search words yet (written before words were indexed, or bulk-loaded). */
    public List<Draft> withoutTerms(int limit) {
        return em.createQuery(
                        "SELECT d FROM Draft d WHERE d.publishedAt IS NOT NULL "
                                + "AND NOT EXISTS (SELECT t FROM DraftTerm t WHERE t.draftId = d.id) "
                                + "ORDER BY d.id",
                        Draft.class)
                .setMaxResults(limit)
                .getResultList();
    }

    /** What other features need of a public draft, without loading its long texts. */
    public record Header(
            long id,
            DraftState state,
            int currentVersion,
            String agencyCode,
            String titleUz,
            String titleUzCyrl,
            String titleRu,
            String titleEn) {}

    /** The headers of the public drafts among {@code ids}, in one query (unpublished ones are left out). */
    public List<Header> publicHeaders(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em
                .createQuery(
                        "SELECT d.id, d.state, d.currentVersion, d.agencyCode, d.texts.titleUz, d.texts.titleUzCyrl, d.texts.titleRu, d.texts.titleEn "
                                + "FROM Draft d WHERE d.id IN :ids AND d.publishedAt IS NOT NULL",
                        Object[].class)
                .setParameter("ids", List.copyOf(ids))
                .getResultList()
                .stream()
                .map(r -> new Header(
                        (Long) r[0],
                        (DraftState) r[1],
                        (Integer) r[2],
                        (String) r[3],
                        (String) r[4],
                        (String) r[5],
                        (String) r[6],
                        (String) r[7]))
                .filter(h -> h.state() != DraftState.UNPUBLISHED)
                .toList();
    }

    public Optional<Header> publicHeader(long id) {
        return em
                .createQuery(
                        "SELECT d.id, d.state, d.currentVersion, d.agencyCode, d.texts.titleUz, d.texts.titleUzCyrl, d.texts.titleRu, d.texts.titleEn "
                                + "FROM Draft d WHERE d.id = :id AND d.publishedAt IS NOT NULL",
                        Object[].class)
                .setParameter("id", id)
                .getResultList()
                .stream()
                .findFirst()
                .map(r -> new Header(
                        (Long) r[0],
                        (DraftState) r[1],
                        (Integer) r[2],
                        (String) r[3],
                        (String) r[4],
                        (String) r[5],
                        (String) r[6],
                        (String) r[7]))
                .filter(h -> h.state() != DraftState.UNPUBLISHED);
    }

    /**
     * Locks the draft's row until the transaction ends and reads it afresh, for changes that keep
     * counts on it (attachments, extensions): two at once would otherwise lose one.
     */
    public void lock(Draft draft) {
        em.lock(draft, LockModeType.PESSIMISTIC_WRITE);
    }

    public Optional<Draft> find(long id) {
        return Optional.ofNullable(em.find(Draft.class, id));
    }

    public DraftVersion add(DraftVersion version) {
        em.persist(version);
        return version;
    }

    /** Writes pending changes now, so that rows deleted come out before rows added take their unique values. */
    public void flush() {
        em.flush();
    }

    public Optional<DraftVersion> version(long draftId, int number) {
        return em
                .createQuery(
                        "SELECT v FROM DraftVersion v WHERE v.draftId = :draft AND v.number = :no", DraftVersion.class)
                .setParameter("draft", draftId)
                .setParameter("no", number)
                .getResultList()
                .stream()
                .findFirst();
    }

    /** The clauses of one version in order, as the page shows them: one query, no entities to manage. */
    public List<DraftView.ClauseView> clauseViews(long draftId, int number) {
        return em
                .createQuery(
                        "SELECT c.key, c.number, c.heading, c.text, c.position, c.headingCyrl, c.textCyrl FROM Clause c "
                                + "WHERE c.version.draftId = :draft AND c.version.number = :no",
                        Object[].class)
                .setParameter("draft", draftId)
                .setParameter("no", number)
                .getResultList()
                .stream()
                .sorted(Comparator.comparingInt(row -> (Integer) row[4]))
                .map(row -> new DraftView.ClauseView(
                        (String) row[0], (String) row[1], (String) row[2], (String) row[3], (String) row[5], (String)
                                row[6]))
                .toList();
    }

    /** The list of a draft's versions, without their clauses. */
    public List<DraftView.VersionInfo> versionInfos(long draftId) {
        return em
                .createQuery(
                        "SELECT v.number, v.createdAt, v.changeNote FROM DraftVersion v WHERE v.draftId = :draft",
                        Object[].class)
                .setParameter("draft", draftId)
                .getResultList()
                .stream()
                .map(row -> new DraftView.VersionInfo((Integer) row[0], (Instant) row[1], (String) row[2]))
                .sorted(Comparator.comparingInt(DraftView.VersionInfo::number))
                .toList();
    }

    public List<Long> discussedBetween(Instant from, Instant to) {
        return em.createQuery(
                        "SELECT d.id FROM Draft d WHERE d.publishedAt IS NOT NULL AND d.discussion.closesAt >= :from "
                                + "AND d.discussion.opensAt <= :to",
                        Long.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    public void setCommentCount(long draftId, long count) {
        em.createQuery("UPDATE Draft d SET d.commentCount = :count WHERE d.id = :id AND d.commentCount <> :count")
                .setParameter("count", (int) Math.min(Integer.MAX_VALUE, count))
                .setParameter("id", draftId)
                .executeUpdate();
    }

    public List<Draft> ofAgency(String agencyCode) {
        return em.createQuery(
                        "SELECT d FROM Draft d WHERE d.agencyCode = :agency ORDER BY d.updatedAt DESC", Draft.class)
                .setParameter("agency", agencyCode)
                .getResultList();
    }

    /** Id, agency, state and whether the summary is published, of the public drafts among {@code ids}. */
    public List<Object[]> standings(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "SELECT d.id, d.agencyCode, d.state, d.summaryPublishedAt FROM Draft d "
                                + "WHERE d.id IN :ids AND d.publishedAt IS NOT NULL",
                        Object[].class)
                .setParameter("ids", List.copyOf(ids))
                .getResultList();
    }
}
