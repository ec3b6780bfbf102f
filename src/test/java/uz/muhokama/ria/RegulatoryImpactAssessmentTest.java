package uz.muhokama.ria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uz.muhokama.platform.error.Conflict;
import uz.muhokama.platform.error.FieldError;

/** What an assessment must contain at each level, which forms it refuses, and that publishing freezes it. */
class RegulatoryImpactAssessmentTest {

    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

    static RiaForm simplified() {
        return new RiaForm(
                "simplified",
                "Pharmacies wait 30 days for a licence.",
                "Licences in 15 days.",
                List.of(
                        new RiaForm.OptionInput("do-nothing", "Keep the paper procedure", null),
                        new RiaForm.OptionInput("proposed", "Electronic licences", "Applications through my.gov.uz.")),
                List.of(impact("citizens"), impact("business"), impact("state")),
                "Pharmacies, their customers",
                List.of("UZ-TK"),
                "One report a year fewer.",
                "No discretion is left.",
                List.of(),
                List.of());
    }

    static RiaForm.ImpactInput impact(String group) {
        return new RiaForm.ImpactInput(group, null, null, "Few", null, null, "Faster licences");
    }

    static RiaForm expandedComplete() {
        RiaForm s = simplified();
        return new RiaForm(
                "expanded",
                s.problem(),
                s.objectives(),
                List.of(
                        s.options().get(0),
                        s.options().get(1),
                        new RiaForm.OptionInput("alternative", "Notification instead of licence", null)),
                List.of(figures("citizens"), figures("business"), figures("state")),
                s.affectedGroups(),
                s.regions(),
                s.administrativeBurden(),
                s.corruptionRisks(),
                List.of(new RiaForm.RiskInput("The portal is down", "Paper applications stay possible for a year")),
                List.of(new RiaForm.IndicatorInput(
                        "Days to a licence",
                        "30",
                        "15",
                        "Ministry of Health register",
                        LocalDate.of(2027, 3, 1),
                        LocalDate.of(2029, 3, 1))));
    }

    static RiaForm.ImpactInput figures(String group) {
        return new RiaForm.ImpactInput(group, 0L, 1_000_000L, "Fees", 0L, 5_000_000L, "Time saved");
    }

    @Test
    void aSimplifiedAssessmentWithProblemObjectivesTwoOptionsAndEveryGroupDescribedIsComplete() {
        RegulatoryImpactAssessment ria = new RegulatoryImpactAssessment(7, simplified(), NOW);
        assertEquals(List.of(), ria.missing());
        assertTrue(ria.isComplete());
    }

    @Test
    void theSameTextAtTheExpandedLevelStillLacksAlternativesFiguresRisksAndIndicators() {
        RiaForm s = simplified();
        RiaForm expanded = new RiaForm(
                "expanded",
                s.problem(),
                s.objectives(),
                s.options(),
                s.impacts(),
                s.affectedGroups(),
                s.regions(),
                s.administrativeBurden(),
                s.corruptionRisks(),
                s.risks(),
                s.indicators());
        assertEquals(
                List.of("options.alternative", "impacts.figures", "risks", "indicators"),
                new RegulatoryImpactAssessment(7, expanded, NOW).missing());
        assertEquals(List.of(), new RegulatoryImpactAssessment(7, expandedComplete(), NOW).missing());
    }

    @Test
    void anEmptyAssessmentLacksEverySectionInTheOrderOfTheForm() {
        RiaForm empty = new RiaForm("simplified", " ", null, null, null, null, null, null, null, null, null);
        assertEquals(RiaRequiredSections.SIMPLIFIED_NEEDS, new RegulatoryImpactAssessment(7, empty, NOW).missing());
    }

    @Test
    void unknownCodesTwoProposedOptionsAGroupTwiceAndAnEvaluationBeforeTheReviewAreRefusedOnTheirFields() {
        RiaForm s = simplified();
        RiaForm wrong = new RiaForm(
                "deep",
                s.problem(),
                s.objectives(),
                List.of(
                        new RiaForm.OptionInput("proposed", "A", null),
                        new RiaForm.OptionInput("proposed", "B", null),
                        new RiaForm.OptionInput("maybe", "C", null)),
                List.of(impact("citizens"), impact("citizens"), impact("aliens")),
                null,
                List.of("UZ-TK", "UZ-TK"),
                null,
                null,
                List.of(),
                List.of(new RiaForm.IndicatorInput(
                        "x", "1", "2", "y", LocalDate.of(2028, 1, 1), LocalDate.of(2027, 1, 1))));
        assertEquals(
                List.of(
                        "level ria.level.unknown",
                        "options[1].kind ria.option.kind.twice",
                        "options[2].kind ria.option.kind.unknown",
                        "impacts[1].group ria.impact.group.twice",
                        "impacts[2].group ria.impact.group.unknown",
                        "regions ria.regions.twice",
                        "indicators[0].evaluationOn ria.indicator.evaluation-before-review"),
                RiaFormRules.problemsWith(wrong).stream()
                        .map(RegulatoryImpactAssessmentTest::line)
                        .toList());
        assertEquals(List.of(), RiaFormRules.problemsWith(expandedComplete()));
    }

    @Test
    void groupsAreKeptInTheOrderCitizensBusinessStateWhateverOrderTheyCameIn() {
        RiaForm s = expandedComplete();
        RiaForm shuffled = new RiaForm(
                s.level(),
                s.problem(),
                s.objectives(),
                s.options(),
                List.of(figures("state"), figures("citizens"), figures("business")),
                s.affectedGroups(),
                s.regions(),
                s.administrativeBurden(),
                s.corruptionRisks(),
                s.risks(),
                s.indicators());
        assertEquals(
                List.of(AffectedGroup.CITIZENS, AffectedGroup.BUSINESS, AffectedGroup.STATE),
                new RegulatoryImpactAssessment(7, shuffled, NOW)
                        .impacts().stream().map(RiaImpact::group).toList());
    }

    @Test
    void oncepublishedWithItsDraftTheAssessmentIsNeverChanged() {
        RegulatoryImpactAssessment ria = new RegulatoryImpactAssessment(7, simplified(), NOW);
        ria.revise(expandedComplete(), NOW.plusSeconds(60));
        assertEquals(RiaLevel.EXPANDED, ria.level());
        ria.publishWithDraft(NOW.plusSeconds(120));
        ria.publishWithDraft(NOW.plusSeconds(999));
        assertEquals(NOW.plusSeconds(120), ria.publishedAt(), "published once");
        Conflict refused = assertThrows(Conflict.class, () -> ria.revise(simplified(), NOW.plusSeconds(180)));
        assertEquals("ria.published", refused.messageKey());
        assertEquals(RiaLevel.EXPANDED, ria.level());
    }

    private static String line(FieldError e) {
        return e.field() + " " + e.messageKey();
    }
}
