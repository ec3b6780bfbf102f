package uz.muhokama.notification;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import uz.muhokama.draft.DraftSearch;
import uz.muhokama.platform.i18n.SearchText;
import uz.muhokama.platform.persistence.DatabaseReady;
import uz.muhokama.platform.persistence.SeedMarkers;

/**
 * Saved searches keep their words as the drafts search keys them (SearchText), so that fan-out compares
 * them with a new draft's words. When the key changes (version {@link SearchText#KEY_VERSION}), every
 * saved search's words and canonical query are worked out again from the query its person typed, once
 * across instances (a seed marker claimed in the same transaction). Two searches of one person that are
 * now the same (typed in the two scripts, or with two apostrophes) become one: the older is kept.
 * Saved searches are far fewer than drafts, so this runs at start-up, in one transaction.
 */
@ApplicationScoped
class SavedSearchKeys {

    private static final Logger LOG = Logger.getLogger(SavedSearchKeys.class.getName());
    private static final String MARKER = "saved-search-key-" + SearchText.KEY_VERSION;

    @PersistenceContext(unitName = "muhokama")
    EntityManager em;

    @Inject
    SeedMarkers markers;

    @Inject
    Clock clock;

    /** This bean through its proxy, so that {@link #rekey} runs in its own transaction. */
    @Inject
    SavedSearchKeys self;

    void onReady(@Observes @Priority(160) DatabaseReady ready) {
        try {
            self.rekey();
        } catch (RuntimeException anotherInstanceDidIt) {
            LOG.warning("Saved searches were not keyed again here: "
                    + anotherInstanceDidIt.getClass().getSimpleName());
        }
    }

    @Transactional
    public void rekey() {
        if (markers.alreadySeeded(MARKER)) {
            return;
        }
        markers.claim(MARKER, clock.instant());
        List<Subscription> searches = em.createQuery(
                        "SELECT s FROM Subscription s WHERE s.target = :search ORDER BY s.id", Subscription.class)
                .setParameter("search", FollowTarget.SEARCH)
                .getResultList();
        // Duplicates go first, so that no rewritten key meets a row that still has it.
        Set<String> kept = new HashSet<>();
        Map<Long, FollowKey> rewrites = new LinkedHashMap<>();
        int removed = 0;
        for (Subscription follow : searches) {
            FollowKey old = follow.key();
            FollowKey now = keyedNow(old);
            if (!kept.add(follow.accountId() + " " + now.key())) {
                em.remove(follow);
                removed++;
            } else if (!now.key().equals(old.key()) || !now.words().equals(old.words())) {
                rewrites.put(follow.id(), now);
            }
        }
        em.flush();
        rewrites.forEach(this::rewrite);
        int changed = removed + rewrites.size();
        if (changed > 0) {
            int count = changed;
            LOG.info(() -> "Saved searches keyed again: " + count);
        }
    }

    private static FollowKey keyedNow(FollowKey old) {
        return old.q() == null
                ? old
                : FollowKey.search(
                        old.q(),
                        DraftSearch.words(old.q()),
                        old.sector(),
                        old.actType(),
                        old.agency(),
                        old.region(),
                        old.from(),
                        old.to());
    }

    private void rewrite(long id, FollowKey now) {
        em.createNativeQuery("UPDATE subscription SET target_key = ? WHERE id = ?")
                .setParameter(1, now.key())
                .setParameter(2, id)
                .executeUpdate();
        em.createNativeQuery("DELETE FROM subscription_word WHERE subscription_id = ?")
                .setParameter(1, id)
                .executeUpdate();
        for (String word : now.words()) {
            em.createNativeQuery("INSERT INTO subscription_word (subscription_id, word) VALUES (?, ?)")
                    .setParameter(1, id)
                    .setParameter(2, word)
                    .executeUpdate();
        }
    }
}
