package uz.muhokama.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.logging.Logger;
import uz.muhokama.account.HistoricAccounts;
import uz.muhokama.discussion.DiscussionService;
import uz.muhokama.discussion.DiscussionWindow;
import uz.muhokama.discussion.ExtensionView;
import uz.muhokama.draft.ClauseInput;
import uz.muhokama.draft.DraftForm;
import uz.muhokama.draft.HistoricDrafts;
import uz.muhokama.platform.persistence.SeedMarkers;

/** Writes the demo drafts in one transaction of their own, claimed by a seed marker. */
@ApplicationScoped
class DemoDraftWriter {

    private static final Logger LOG = Logger.getLogger(DemoDraftWriter.class.getName());
    private static final String MARKER = "demo-drafts";
    private static final String CYRILLIC_MARKER = "demo-drafts-cyrillic";

    @Inject
    HistoricDrafts drafts;

    @Inject
    DiscussionService discussions;

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
        Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        markers.claim(MARKER, now);
        long editor = accounts.idOf("editor@demo.muhokama.uz").orElse(0L);

        long publicDiscussion = drafts.recordPublished(
                "ministry-of-justice",
                form(
                        "Normativ-huquqiy hujjatlar loyihalarini jamoatchilik muhokamasi toʻgʻrisida",
                        "Об общественном обсуждении проектов нормативно-правовых актов",
                        "On the public discussion of draft normative legal acts",
                        "Loyihalarni muhokama qilish muddatlari, tartibi va takliflarni koʻrib chiqish qoidalari.",
                        "law",
                        "justice-courts",
                        true,
                        List.of(
                                clause(
                                        "1",
                                        "Maqsad",
                                        "Ushbu Qonunning maqsadi normativ-huquqiy hujjatlar loyihalarini jamoatchilik muhokamasi sohasidagi munosabatlarni tartibga solishdan iborat."),
                                clause(
                                        "2",
                                        "Muhokama muddati",
                                        "Jamoatchilik muhokamasi muddati oʻn besh kundan kam boʻlmasligi kerak."),
                                clause(
                                        "3",
                                        "Takliflarni koʻrib chiqish",
                                        "Ishlab chiquvchi har bir taklifni koʻrib chiqadi va uni qabul qiladi yoki asoslantirilgan rad javobini beradi."),
                                clause(
                                        "4",
                                        "Natijalarni eʼlon qilish",
                                        "Takliflar boʻyicha maʼlumotnoma portalda eʼlon qilinadi.")),
                        null),
                now.minus(Duration.ofDays(3)));
        List<ClauseInput> revised = drafts.clausesOf(publicDiscussion, 1).stream()
                .map(c -> new ClauseInput(
                        c.key(),
                        c.number(),
                        c.heading(),
                        c.number().equals("2")
                                ? "Jamoatchilik muhokamasi muddati oʻn besh kundan kam boʻlmasligi, idoraviy hujjatlar uchun esa oʻn kundan kam boʻlmasligi kerak."
                                : c.text(),
                        c.headingCyrl(),
                        c.textCyrl()))
                .toList();
        drafts.recordVersion(
                publicDiscussion,
                revised,
                now.minus(Duration.ofDays(1)),
                "2-band aniqlashtirildi / Уточнён пункт 2 / Clause 2 clarified");
        Instant opened = now.minus(Duration.ofDays(3));
        discussions.recordHistoric(
                publicDiscussion,
                new DiscussionWindow(opened, opened.plus(Duration.ofDays(15))),
                List.of(new ExtensionView(
                        opened.plus(Duration.ofDays(15)),
                        opened.plus(Duration.ofDays(25)),
                        "Koʻplab takliflar kelib tushgani munosabati bilan / В связи с большим числом предложений / Many proposals received",
                        now.minus(Duration.ofHours(6)))),
                editor);

        long tariffs = drafts.recordPublished(
                "ministry-of-energy",
                form(
                        "Elektr energiyasi tariflarini belgilash tartibi toʻgʻrisidagi nizomni tasdiqlash haqida",
                        "Об утверждении положения о порядке установления тарифов на электроэнергию",
                        "On approving the regulation on setting electricity tariffs",
                        "Tariflarni hisoblash usuli va ularni eʼlon qilish muddatlari.",
                        "cabinet-resolution",
                        "energy",
                        true,
                        List.of(
                                clause("1", null, "Tariflar yiliga bir marta belgilanadi."),
                                clause("2", null, "Tariflar kuchga kirishidan kamida bir oy oldin eʼlon qilinadi."),
                                clause(
                                        "3",
                                        "Imtiyozlar",
                                        "Kam taʼminlangan oilalar uchun ijtimoiy normadagi isteʼmol imtiyozli tarif boʻyicha hisoblanadi.")),
                        null),
                now.minus(Duration.ofDays(2)));
        discussions.recordHistoric(
                tariffs,
                new DiscussionWindow(now.minus(Duration.ofDays(2)), now.plus(Duration.ofDays(13))),
                List.of(),
                editor);

        long pharmacies = drafts.recordPublished(
                "ministry-of-health",
                form(
                        "Dorixonalarni litsenziyalash tartibi toʻgʻrisida",
                        "О порядке лицензирования аптек",
                        "On licensing pharmacies",
                        "Litsenziya olish uchun hujjatlar roʻyxati qisqartiriladi.",
                        "departmental-order",
                        "health",
                        false,
                        List.of(
                                clause("1", null, "Litsenziya elektron shaklda beriladi."),
                                clause("2", null, "Ariza oʻn besh ish kunida koʻrib chiqiladi.")),
                        null),
                now);
        discussions.recordHistoric(
                pharmacies,
                new DiscussionWindow(now.plus(Duration.ofDays(3)), now.plus(Duration.ofDays(13))),
                List.of(),
                editor);

        long taxes = drafts.recordPublished(
                "ministry-of-economy-and-finance",
                form(
                        "Kichik biznes subyektlari uchun soliq imtiyozlari toʻgʻrisida",
                        "О налоговых льготах для субъектов малого бизнеса",
                        "On tax relief for small businesses",
                        "Aylanmadan olinadigan soliq stavkasini pasaytirish.",
                        "presidential-decree",
                        "taxation",
                        true,
                        List.of(
                                clause(
                                        "1",
                                        null,
                                        "Aylanmadan olinadigan soliq stavkasi 4 foizdan 3 foizga pasaytiriladi."),
                                clause("2", null, "Imtiyoz 2027-yil 1-yanvardan qoʻllaniladi.")),
                        null),
                now.minus(Duration.ofDays(30)));
        discussions.recordHistoric(
                taxes,
                new DiscussionWindow(now.minus(Duration.ofDays(30)), now.minus(Duration.ofDays(5))),
                List.of(),
                editor);

        long withdrawn = drafts.recordPublished(
                "tashkent-city-khokimiyat",
                form(
                        "Toshkent shahrida avtoturargohlardan foydalanish qoidalari",
                        "Правила пользования автостоянками в городе Ташкенте",
                        "Rules for car parks in Tashkent",
                        null,
                        "khokim-decision",
                        "transport",
                        false,
                        List.of(clause("1", null, "Pullik avtoturargohlar soat 8:00 dan 20:00 gacha ishlaydi.")),
                        null),
                now.minus(Duration.ofDays(10)));
        discussions.recordHistoric(
                withdrawn,
                new DiscussionWindow(now.minus(Duration.ofDays(10)), now.plus(Duration.ofDays(5))),
                List.of(),
                editor);
        drafts.recordWithdrawal(
                withdrawn,
                "Yangi tahrirdagi loyiha bilan almashtirildi / Заменён новой редакцией / Replaced by a new draft",
                now.minus(Duration.ofDays(1)));
        for (long draft : List.of(publicDiscussion, tariffs, pharmacies, taxes, withdrawn)) {
            drafts.completeHistory(draft);
        }
        LOG.info("Demo drafts created");
    }

    /**
     * A draft its agency wrote in Cyrillic only (docs/languages.md, "Drafts in two scripts"): the Latin page
     * shows it transliterated and marked, the Cyrillic page as written. A marker of its own, so that a demo
     * database from before it gets it too.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void seedCyrillicOnce() {
        if (markers.alreadySeeded(CYRILLIC_MARKER)) {
            return;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        markers.claim(CYRILLIC_MARKER, now);
        long editor = accounts.idOf("editor@demo.muhokama.uz").orElse(0L);
        long irrigation = drafts.recordPublished(
                "ministry-of-agriculture",
                new DraftForm(
                        null,
                        "Сув хўжалигида томчилатиб суғориш технологияларини жорий этиш тўғрисида",
                        "О внедрении технологий капельного орошения в водном хозяйстве",
                        null,
                        null,
                        "Фермер хўжаликларига томчилатиб суғориш тизимлари учун субсидия бериш тартиби.",
                        null,
                        null,
                        "cabinet-resolution",
                        "agriculture-water",
                        false,
                        List.of(
                                new ClauseInput(
                                        null,
                                        "1",
                                        null,
                                        null,
                                        "Мақсад",
                                        "Ушбу қарорнинг мақсади сувни тежайдиган технологияларни кенг жорий этишдан иборат."),
                                new ClauseInput(
                                        null,
                                        "2",
                                        null,
                                        null,
                                        null,
                                        "Субсидия тизим қийматининг эллик фоизи миқдорида берилади.")),
                        null),
                now.minus(Duration.ofDays(1)));
        discussions.recordHistoric(
                irrigation,
                new DiscussionWindow(now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(14))),
                List.of(),
                editor);
        drafts.completeHistory(irrigation);
        LOG.info("Demo draft written in Cyrillic created");
    }

    private static DraftForm form(
            String uz,
            String ru,
            String en,
            String summaryUz,
            String actType,
            String sector,
            boolean ria,
            List<ClauseInput> clauses,
            String note) {
        return new DraftForm(uz, null, ru, en, summaryUz, null, null, null, actType, sector, ria, clauses, note);
    }

    private static ClauseInput clause(String number, String heading, String text) {
        return new ClauseInput(null, number, heading, text, null, null);
    }
}
