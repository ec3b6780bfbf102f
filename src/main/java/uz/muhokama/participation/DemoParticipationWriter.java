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
        closedDraftDiscussion(citizen.get(), expert.get());
    }

    /**
     * What was said on the closed demo draft (the tax relief decree) while it was open, so that its report,
     * the agency's decisions and the published summary have something to show.
     */
    private void closedDraftDiscussion(Account citizen, Account expert) {
        Optional<DraftSummary> closed = drafts.search(new DraftSearch(null, null, null, "ministry-of-economy-and-finance", "closed",
                null, null, "newest", 1, 20), Language.UZ).items().stream().findFirst();
        if (closed.isEmpty() || closed.get().opensAt() == null) {
            return;
        }
        PublicDraft draft = drafts.publicDraft(closed.get().number(), Language.UZ);
        Instant during = closed.get().opensAt().plus(java.time.Duration.ofDays(2));
        Account citizen2 = accounts.findByEmail("citizen2@demo.muhokama.uz").orElse(citizen);
        Account citizen3 = accounts.findByEmail("citizen3@demo.muhokama.uz").orElse(citizen);
        Account citizen4 = accounts.findByEmail("citizen4@demo.muhokama.uz").orElse(citizen);
        Comment rate = comment(draft, "1", null, citizen2, during,
                "Stavkani 3 foizga emas, yil boshida 2 foizga tushirish kerak: kichik savdo doʻkonlari uchun bu katta yengillik boʻladi.");
        comment(draft, null, rate, expert, during.plusSeconds(3600),
                "2 foiz byudjet tushumini keskin kamaytiradi; bosqichma-bosqich pasaytirish maqbulroq.");
        comment(draft, "2", null, citizen3, during.plus(java.time.Duration.ofDays(1)),
                "Imtiyozni 2027-yil 1-yanvardan emas, qaror kuchga kirgan kundan qoʻllash lozim.");
        comment(draft, null, null, citizen4, during.plus(java.time.Duration.ofDays(2)),
                "Imtiyoz faqat oʻz vaqtida hisobot topshirgan tadbirkorlarga berilsin, aks holda suiisteʼmol boʻladi.");
        comment(draft, null, null, citizen, during.plus(java.time.Duration.ofDays(3)),
                "Loyiha matnida «kichik biznes subyekti» tushunchasi aniqlanmagan; Soliq kodeksidagi taʼrifga havola qilinsin.");
        em.persist(new Vote(draft.id(), citizen.id(), VoteChoice.SUPPORT, during));
        em.persist(new Vote(draft.id(), citizen2.id(), VoteChoice.SUPPORT, during));
        em.persist(new Vote(draft.id(), citizen4.id(), VoteChoice.OPPOSE, during));
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
