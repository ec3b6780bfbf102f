package uz.muhokama.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import uz.muhokama.account.HistoricAccounts;
import uz.muhokama.draft.DraftSearch;
import uz.muhokama.draft.DraftService;
import uz.muhokama.draft.DraftStatus;
import uz.muhokama.draft.DraftSummary;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.persistence.SeedMarkers;
import uz.muhokama.survey.HistoricAnswers;
import uz.muhokama.survey.Questionnaire;

/** Writes the demo answers in one transaction of its own, claimed by a seed marker. */
@ApplicationScoped
class DemoSurveyWriter {

    private static final Logger LOG = Logger.getLogger(DemoSurveyWriter.class.getName());
    private static final String MARKER = "demo-surveys";
    private static final String OPEN_TITLE = "Normativ-huquqiy hujjatlar loyihalarini jamoatchilik muhokamasi";
    private static final String CLOSED_AGENCY = "ministry-of-economy-and-finance";

    @Inject
    HistoricAnswers surveys;

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
        Optional<DraftSummary> open = find("ministry-of-justice", DraftStatus.OPEN).stream()
                .filter(d -> d.title().startsWith(OPEN_TITLE))
                .findFirst();
        Optional<DraftSummary> closed =
                find(CLOSED_AGENCY, DraftStatus.CLOSED).stream().findFirst();
        Optional<String> expert = account("expert");
        if (open.isEmpty() || closed.isEmpty() || expert.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        markers.claim(MARKER, now);

        String openDraft = open.get().number();
        expertise(
                openDraft,
                expert.get(),
                now.minus(Duration.ofHours(20)),
                "fixable",
                "independent",
                Map.of("F05", List.of("3"), "F14", List.of("4")));
        general(
                openDraft,
                "citizen",
                now.minus(Duration.ofHours(30)),
                "partly",
                List.of("2"),
                4,
                "positive",
                "individual",
                "Muhokama muddati kichik tadbirkorlar uchun qisqa.");
        general(
                openDraft,
                "citizen2",
                now.minus(Duration.ofHours(26)),
                "yes",
                List.of(),
                5,
                "positive",
                "entrepreneur",
                null);
        general(
                openDraft,
                "citizen3",
                now.minus(Duration.ofHours(8)),
                "no",
                List.of("2", "3"),
                2,
                "unsure",
                "individual",
                "«Belgilangan tartibda» degan iborada qaysi hujjat nazarda tutilgani aniq emas.");
        general(
                openDraft,
                "expert2",
                now.minus(Duration.ofHours(3)),
                "partly",
                List.of("3"),
                3,
                "none",
                "expert",
                null);

        String closedDraft = closed.get().number();
        Instant during = now.minus(Duration.ofDays(10));
        expertise(closedDraft, expert.get(), during, "fixable", "independent", Map.of("F04", List.of("1")));
        account("expert2")
                .ifPresent(a -> expertise(
                        closedDraft,
                        a,
                        during.plus(Duration.ofHours(5)),
                        "rework",
                        "ngo",
                        Map.of("F04", List.of("1"), "F18", List.of("1", "2"))));
        account("expert3")
                .ifPresent(
                        a -> expertise(closedDraft, a, during.plus(Duration.ofDays(1)), "none", "academic", Map.of()));
        general(closedDraft, "citizen", during, "yes", List.of(), 4, "positive", "individual", null);
        general(
                closedDraft,
                "citizen2",
                during.plus(Duration.ofHours(2)),
                "partly",
                List.of("2"),
                3,
                "positive",
                "entrepreneur",
                "Imtiyoz 2027-yilgacha kutmasdan qoʻllanilsin.");
        general(
                closedDraft,
                "citizen3",
                during.plus(Duration.ofDays(1)),
                "yes",
                List.of(),
                5,
                "none",
                "individual",
                null);
        general(
                closedDraft,
                "citizen4",
                during.plus(Duration.ofDays(2)),
                "no",
                List.of("1"),
                2,
                "negative",
                "legal-entity",
                "Stavka faqat ayrim tarmoqlar uchun pasaytirilmoqda.");
        general(
                closedDraft,
                "expert3",
                during.plus(Duration.ofDays(2)),
                "partly",
                List.of("1"),
                4,
                "unsure",
                "expert",
                null);
        LOG.info("Demo survey answers created");
    }

    private void expertise(
            String draft,
            String expert,
            Instant at,
            String conclusion,
            String status,
            Map<String, List<String>> present) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (int i = 1; i <= 22; i++) {
            String factor = "F%02d".formatted(i);
            List<String> clauses = present.get(factor);
            Map<String, Object> fields = new HashMap<>();
            fields.put("present", clauses == null ? "no" : "yes");
            if (clauses != null) {
                fields.put("clauses", clauses);
                fields.put("explanation", EXPLANATIONS.getOrDefault(factor, "Norma turlicha talqin qilinishi mumkin."));
                fields.put(
                        "recommendation",
                        RECOMMENDATIONS.getOrDefault(factor, "Normani aniq mezonlar bilan toʻldirish."));
            }
            answers.put(factor, fields);
        }
        answers.put("conclusion", conclusion);
        answers.put("expertStatus", status);
        surveys.record(Questionnaire.EXPERTISE, draft, expert, answers, at);
    }

    private static final Map<String, String> EXPLANATIONS = Map.of(
            "F05",
                    "«Zarur hollarda» iborasi qaysi hollar nazarda tutilganini aytmaydi: qaror mansabdor shaxsning ixtiyorida qoladi.",
            "F14", "Natijalarni eʼlon qilish muddati belgilanmagan.",
            "F04", "Imtiyoz faqat ayrim tarmoqlarga asossiz beriladi.",
            "F18", "Toʻlov miqdori qonunda emas, idora qarorida belgilanadi.");
    private static final Map<String, String> RECOMMENDATIONS = Map.of(
            "F05", "Hollarning toʻliq roʻyxatini keltirish.",
            "F14", "Oʻn ish kunlik muddat belgilash.",
            "F04", "Imtiyozni barcha kichik biznes subyektlariga bir xil qoʻllash.",
            "F18", "Toʻlov miqdorini qonunda belgilash.");

    private void general(
            String draft,
            String who,
            Instant at,
            String compliance,
            List<String> clauses,
            int clarity,
            String impact,
            String respondentType,
            String comments) {
        account(who).ifPresent(person -> {
            Map<String, Object> answers = new LinkedHashMap<>();
            answers.put("compliance", compliance);
            if (!clauses.isEmpty()) {
                answers.put("compliance.clauses", clauses);
            }
            answers.put("referenceNorms", "no".equals(compliance) ? "yes" : "no");
            if ("no".equals(compliance)) {
                answers.put("referenceNorms.clauses", clauses);
            }
            answers.put("contradictingNorms", "no");
            answers.put("clarity", clarity);
            answers.put("personalImpact", impact);
            answers.put("respondentType", respondentType);
            if (comments != null) {
                answers.put("otherComments", comments);
            }
            surveys.record(Questionnaire.GENERAL_SURVEY, draft, person, answers, at);
        });
    }

    /** The demo person's e-mail, if their account exists. */
    private Optional<String> account(String name) {
        String email = name + "@demo.muhokama.uz";
        return accounts.idOf(email).map(id -> email);
    }

    private List<DraftSummary> find(String agency, DraftStatus status) {
        return drafts.search(
                        new DraftSearch(null, null, null, agency, status.code(), null, null, "newest", 1, 20),
                        Language.UZ)
                .items();
    }
}
