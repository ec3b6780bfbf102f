package uz.muhokama.participation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import uz.muhokama.account.Account;
import uz.muhokama.account.AccountService;
import uz.muhokama.draft.DraftSearch;
import uz.muhokama.draft.DraftService;
import uz.muhokama.draft.DraftSummary;
import uz.muhokama.draft.PublicDraft;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.persistence.SeedMarkers;

/** Writes the demo participation in one transaction of its own, claimed by a seed marker. */
@ApplicationScoped
public class DemoParticipationWriter {

    private static final String MARKER = "demo-participation";
    private static final String DEMO_TITLE = "Normativ-huquqiy hujjatlar loyihalarini jamoatchilik muhokamasi";

    @PersistenceContext(unitName = "muhokama")
    EntityManager em;

    @Inject
    CommentRepository comments;

    @Inject
    DraftService drafts;

    @Inject
    AccountService accounts;

    @Inject
    SeedMarkers markers;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void seedOnce() {
        if (markers.alreadySeeded(MARKER)) {
            return;
        }
        Optional<Account> citizen = accounts.findByEmail("citizen@demo.muhokama.uz");
        Optional<Account> expert = accounts.findByEmail("expert@demo.muhokama.uz");
        Optional<DraftSummary> open = drafts.search(new DraftSearch(null, null, null, "ministry-of-justice", "open", null, null,
                "newest", 1, 20), Language.UZ).items().stream().filter(d -> d.title().startsWith(DEMO_TITLE)).findFirst();
        if (citizen.isEmpty() || expert.isEmpty() || open.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        markers.claim(MARKER, now);
        PublicDraft draft = drafts.publicDraft(open.get().number(), Language.UZ);
        Comment onClause2 = comment(draft, "2", null, citizen.get(), now.minusSeconds(7200),
                "Oʻn besh kun kichik tadbirkorlar uchun kam. Murakkab loyihalar uchun muddatni kamida oʻttiz kun qilishni taklif qilaman.");
        comment(draft, null, onClause2, expert.get(), now.minusSeconds(3600),
                "Qoʻshilaman: iqtisodiyotga taʼsiri katta loyihalarda muddatni uzaytirish imkoniyati boʻlishi kerak.");
        comment(draft, null, null, citizen.get(), now.minusSeconds(1800),
                "Loyiha umuman foydali, takliflarni koʻrib chiqish tartibi aniq yozilgan. Qoʻllab-quvvatlayman.");
        em.persist(new Vote(draft.id(), citizen.get().id(), VoteChoice.SUPPORT, now));
        em.persist(new Vote(draft.id(), expert.get().id(), VoteChoice.SUPPORT, now));
        em.flush();
        drafts.recordCommentCounts(comments.visibleCounts(java.util.List.of(draft.id())));
    }

    private Comment comment(PublicDraft draft, String clause, Comment parent, Account author, Instant at, String text) {
        CommentTarget target = parent != null ? (parent.clauseKey() == null ? null
                : new CommentTarget(parent.clauseKey(), parent.clauseNumber(), draft.clauseKeyed(parent.clauseKey())
                        .map(ClauseDigest::of).orElse(null)))
                : draft.clauseNumbered(clause).map(c -> new CommentTarget(c.key(), c.number(), ClauseDigest.of(c))).orElse(null);
        return comments.add(new Comment(draft.id(), draft.version(), target, parent == null ? null : parent.id(),
                new Comment.Author(author.id(), author.fullName(), author.regionCode()), text, at));
    }
}
