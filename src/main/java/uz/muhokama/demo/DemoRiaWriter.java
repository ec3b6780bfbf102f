package uz.muhokama.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import uz.muhokama.draft.DraftSearch;
import uz.muhokama.draft.DraftService;
import uz.muhokama.draft.DraftStatus;
import uz.muhokama.draft.DraftSummary;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.persistence.SeedMarkers;
import uz.muhokama.ria.HistoricAssessments;
import uz.muhokama.ria.RiaForm;

/**
 * Writes the demo assessment in one transaction of its own, claimed by a seed marker. Written in Uzbek,
 * as the demo draft's text is; published with the draft's own publication moment, as if entered before it.
 */
@ApplicationScoped
class DemoRiaWriter {

    private static final Logger LOG = Logger.getLogger(DemoRiaWriter.class.getName());
    private static final String MARKER = "demo-ria";
    private static final String OPEN_TITLE = "Normativ-huquqiy hujjatlar loyihalarini jamoatchilik muhokamasi";

    @Inject
    HistoricAssessments assessments;

    @Inject
    DraftService drafts;

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
                        new DraftSearch(
                                null,
                                null,
                                null,
                                "ministry-of-justice",
                                DraftStatus.OPEN.code(),
                                null,
                                null,
                                "newest",
                                1,
                                20),
                        Language.UZ)
                .items()
                .stream()
                .filter(d -> d.title().startsWith(OPEN_TITLE))
                .findFirst();
        if (open.isEmpty()) {
            return;
        }
        markers.claim(MARKER, clock.instant());
        LocalDate today = LocalDate.now(clock);
        boolean recorded = assessments.recordPublishedWithDraft(
                open.get().number(),
                new RiaForm(
                        "expanded",
                        "Loyihalar muhokamasi muddatlari turli hujjatlarda turlicha belgilangan; 2023-yilda eʼlon qilingan loyihalarning "
                                + "qariyb uchdan biri 15 kundan kam muhokama qilingan, takliflarning koʻrib chiqilishi haqida maʼlumot eʼlon qilinmagan.",
                        "Barcha loyihalar kamida 15 kun (idoraviy hujjatlar 10 kun) muhokama qilinishi; har bir taklif boʻyicha "
                                + "asoslantirilgan javob berilishi; takliflar yigʻmasi 10 ish kunida eʼlon qilinishi.",
                        List.of(
                                new RiaForm.OptionInput(
                                        "do-nothing",
                                        "Amaldagi tartibni saqlash",
                                        "Muddatlar va javob berish tartibi idoralar ixtiyorida qoladi."),
                                new RiaForm.OptionInput(
                                        "proposed",
                                        "Qonun bilan yagona tartib belgilash",
                                        "Muddat, takliflarni koʻrib chiqish va natijalarni eʼlon qilish qonunda belgilanadi."),
                                new RiaForm.OptionInput(
                                        "alternative",
                                        "Vazirlar Mahkamasining tavsiyaviy nizomi",
                                        "Arzonroq, lekin majburiy emas: idoralar rioya qilmasligi mumkin.")),
                        List.of(
                                new RiaForm.ImpactInput(
                                        "citizens",
                                        0L,
                                        0L,
                                        "Qoʻshimcha xarajat yoʻq.",
                                        0L,
                                        0L,
                                        "Taklif berish uchun yetarli vaqt va har bir taklifga javob."),
                                new RiaForm.ImpactInput(
                                        "business",
                                        0L,
                                        0L,
                                        "Qoʻshimcha xarajat yoʻq.",
                                        0L,
                                        0L,
                                        "Tadbirkorlar yangi talablarni oldindan bilib, tayyorlanadi."),
                                new RiaForm.ImpactInput(
                                        "state",
                                        850_000_000L,
                                        240_000_000L,
                                        "Portalni takomillashtirish va idoralarda masʼul xodimlarni oʻqitish.",
                                        0L,
                                        0L,
                                        "Qabul qilingan hujjatlarni qayta koʻrib chiqish holatlari kamayadi (pul bilan baholanmagan).")),
                        "Loyiha ishlab chiquvchi barcha davlat organlari, fuqarolar, tadbirkorlar va jamoat tashkilotlari.",
                        List.of(),
                        "Idoralar uchun: har bir taklifga javob va takliflar yigʻmasini eʼlon qilish. Fuqarolar va biznes uchun yangi hisobot yoʻq.",
                        "Muhokama muddatini qisqartirish idora ixtiyorida qolmaydi; istisnolar asoslari bilan qayd etiladi.",
                        List.of(
                                new RiaForm.RiskInput(
                                        "Idoralar takliflarga rasmiyatchilik uchun javob beradi",
                                        "Adliya vazirligi javoblarni tanlab tekshiradi va natijalarni eʼlon qiladi."),
                                new RiaForm.RiskInput(
                                        "Portalga yuklama ortadi", "Portal quvvati 2027-yilgacha oshiriladi.")),
                        List.of(
                                new RiaForm.IndicatorInput(
                                        "15 kundan kam muhokama qilingan loyihalar ulushi",
                                        "31 %",
                                        "0 %",
                                        "regulation.gov.uz maʼlumotlari",
                                        today.plusYears(1),
                                        today.plusYears(3)),
                                new RiaForm.IndicatorInput(
                                        "Asoslantirilgan javob berilgan takliflar ulushi",
                                        "maʼlum emas",
                                        "100 %",
                                        "Takliflar yigʻmalari",
                                        today.plusYears(1),
                                        today.plusYears(3)))));
        if (recorded) {
            LOG.info("Demo assessment created");
        }
    }
}
