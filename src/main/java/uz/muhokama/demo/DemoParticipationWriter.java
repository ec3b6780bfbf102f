package uz.muhokama.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import uz.muhokama.account.HistoricAccounts;
import uz.muhokama.draft.DraftSearch;
import uz.muhokama.draft.DraftService;
import uz.muhokama.draft.DraftSummary;
import uz.muhokama.participation.HistoricParticipation;
import uz.muhokama.participation.VoteChoice;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.persistence.SeedMarkers;

/** Writes the demo participation in one transaction of its own, claimed by a seed marker. */
@ApplicationScoped
class DemoParticipationWriter {

    private static final String MARKER = "demo-participation";
    private static final String DEMO_TITLE = "Normativ-huquqiy hujjatlar loyihalarini jamoatchilik muhokamasi";
    private static final String CITIZEN = "citizen@demo.muhokama.uz";
    private static final String EXPERT = "expert@demo.muhokama.uz";

    @Inject
    HistoricParticipation participation;

    @Inject
    DraftService drafts;

    @Inject
    HistoricAccounts accounts;

    @Inject
    SeedMarkers markers;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void seedOnce() {
        if (markers.alreadySeeded(MARKER)) {
            return;
        }
        Optional<DraftSummary> open = drafts
                .search(
                        new DraftSearch(null, null, null, "ministry-of-justice", "open", null, null, "newest", 1, 20),
                        Language.UZ)
                .items()
                .stream()
                .filter(d -> d.title().startsWith(DEMO_TITLE))
                .findFirst();
        if (!exists(CITIZEN) || !exists(EXPERT) || open.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        markers.claim(MARKER, now);
        String draft = open.get().number();
        long onClause2 = participation.recordComment(
                draft,
                "2",
                null,
                CITIZEN,
                now.minusSeconds(7200),
                "Oʻn besh kun kichik tadbirkorlar uchun kam. Murakkab loyihalar uchun muddatni kamida oʻttiz kun qilishni taklif qilaman.");
        participation.recordComment(
                draft,
                null,
                onClause2,
                EXPERT,
                now.minusSeconds(3600),
                "Qoʻshilaman: iqtisodiyotga taʼsiri katta loyihalarda muddatni uzaytirish imkoniyati boʻlishi kerak.");
        participation.recordComment(
                draft,
                null,
                null,
                CITIZEN,
                now.minusSeconds(1800),
                "Loyiha umuman foydali, takliflarni koʻrib chiqish tartibi aniq yozilgan. Qoʻllab-quvvatlayman.");
        participation.recordVote(draft, CITIZEN, VoteChoice.SUPPORT, now);
        participation.recordVote(draft, EXPERT, VoteChoice.SUPPORT, now);
        participation.recountComments(draft);
        closedDraftDiscussion();
    }

    /**
     * What was said on the closed demo draft (the tax relief decree) while it was open, so that its report,
     * the agency's decisions and the published summary have something to show.
     */
    private void closedDraftDiscussion() {
        Optional<DraftSummary> closed = drafts
                .search(
                        new DraftSearch(
                                null,
                                null,
                                null,
                                "ministry-of-economy-and-finance",
                                "closed",
                                null,
                                null,
                                "newest",
                                1,
                                20),
                        Language.UZ)
                .items()
                .stream()
                .findFirst();
        if (closed.isEmpty() || closed.get().opensAt() == null) {
            return;
        }
        String draft = closed.get().number();
        Instant during = closed.get().opensAt().plus(Duration.ofDays(2));
        String citizen2 = orCitizen("citizen2@demo.muhokama.uz");
        String citizen3 = orCitizen("citizen3@demo.muhokama.uz");
        String citizen4 = orCitizen("citizen4@demo.muhokama.uz");
        long rate = participation.recordComment(
                draft,
                "1",
                null,
                citizen2,
                during,
                "Stavkani 3 foizga emas, yil boshida 2 foizga tushirish kerak: kichik savdo doʻkonlari uchun bu katta yengillik boʻladi.");
        participation.recordComment(
                draft,
                null,
                rate,
                EXPERT,
                during.plusSeconds(3600),
                "2 foiz byudjet tushumini keskin kamaytiradi; bosqichma-bosqich pasaytirish maqbulroq.");
        participation.recordComment(
                draft,
                "2",
                null,
                citizen3,
                during.plus(Duration.ofDays(1)),
                "Imtiyozni 2027-yil 1-yanvardan emas, qaror kuchga kirgan kundan qoʻllash lozim.");
        participation.recordComment(
                draft,
                null,
                null,
                citizen4,
                during.plus(Duration.ofDays(2)),
                "Imtiyoz faqat oʻz vaqtida hisobot topshirgan tadbirkorlarga berilsin, aks holda suiisteʼmol boʻladi.");
        participation.recordComment(
                draft,
                null,
                null,
                CITIZEN,
                during.plus(Duration.ofDays(3)),
                "Loyiha matnida «kichik biznes subyekti» tushunchasi aniqlanmagan; Soliq kodeksidagi taʼrifga havola qilinsin.");
        participation.recordVote(draft, CITIZEN, VoteChoice.SUPPORT, during);
        participation.recordVote(draft, citizen2, VoteChoice.SUPPORT, during);
        participation.recordVote(draft, citizen4, VoteChoice.OPPOSE, during);
        participation.recountComments(draft);
    }

    private boolean exists(String email) {
        return accounts.idOf(email).isPresent();
    }

    /** The demo person with this e-mail, or the demo citizen where they are missing. */
    private String orCitizen(String email) {
        return exists(email) ? email : CITIZEN;
    }
}
