package uz.muhokama.ria;

import java.util.ArrayList;
import java.util.List;

/**
 * What an assessment must contain before its draft may be published, by level (domain brief, section 3),
 * as section codes (message keys {@code ria.missing.<code>}) in the order of the form.
 */
final class RiaRequiredSections {

    /** Sections a simplified assessment must fill; an expanded one fills these and {@link #EXPANDED_ALSO}. */
    static final List<String> SIMPLIFIED_NEEDS = List.of(
            "problem",
            "objectives",
            "options.do-nothing",
            "options.proposed",
            "impacts.citizens",
            "impacts.business",
            "impacts.state",
            "affected-groups",
            "administrative-burden",
            "corruption-risks");

    static final List<String> EXPANDED_ALSO = List.of("options.alternative", "impacts.figures", "risks", "indicators");

    private RiaRequiredSections() {}

    /**
     * What the assessment still lacks for its level before the draft may be published, as section codes
     * (message keys {@code ria.missing.<code>}), in the order of the form; empty when it is complete.
     *
     * <p>Simplified: the problem, the objectives, a "do nothing" and a proposed option, costs and benefits
     * in words for citizens, business and the state, the affected groups, the administrative burden and
     * the corruption risks. Expanded, as the deeper analysis of a high-impact draft: also at least one
     * alternative beyond those two, every group's one-off and yearly sums (zero counts), at least one risk
     * with its mitigation and at least one monitoring indicator.
     */
    static List<String> missingFrom(RegulatoryImpactAssessment ria) {
        List<String> missing = new ArrayList<>();
        for (String section : SIMPLIFIED_NEEDS) {
            if (!filled(ria, section)) {
                missing.add(section);
            }
        }
        if (ria.level() == RiaLevel.EXPANDED) {
            for (String section : EXPANDED_ALSO) {
                if (!filled(ria, section)) {
                    missing.add(section);
                }
            }
        }
        return missing;
    }

    private static boolean filled(RegulatoryImpactAssessment ria, String section) {
        List<RiaImpact> impacts = ria.impacts();
        return switch (section) {
            case "problem" -> ria.problem() != null;
            case "objectives" -> ria.objectives() != null;
            case "options.do-nothing" -> hasOption(ria, OptionKind.DO_NOTHING);
            case "options.proposed" -> hasOption(ria, OptionKind.PROPOSED);
            case "options.alternative" -> hasOption(ria, OptionKind.ALTERNATIVE);
            case "impacts.citizens" ->
                ria.impact(AffectedGroup.CITIZENS).map(RiaImpact::described).orElse(false);
            case "impacts.business" ->
                ria.impact(AffectedGroup.BUSINESS).map(RiaImpact::described).orElse(false);
            case "impacts.state" ->
                ria.impact(AffectedGroup.STATE).map(RiaImpact::described).orElse(false);
            case "impacts.figures" ->
                impacts.size() == AffectedGroup.values().length
                        && impacts.stream().allMatch(RiaImpact::hasFigures);
            case "affected-groups" -> ria.affectedGroups() != null;
            case "administrative-burden" -> ria.administrativeBurden() != null;
            case "corruption-risks" -> ria.corruptionRisks() != null;
            case "risks" -> !ria.risks().isEmpty();
            case "indicators" -> !ria.indicators().isEmpty();
            default -> throw new IllegalArgumentException(section);
        };
    }

    private static boolean hasOption(RegulatoryImpactAssessment ria, OptionKind kind) {
        return ria.options().stream().anyMatch(o -> o.kind() == kind);
    }
}
