package uz.muhokama.ria;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uz.muhokama.platform.error.FieldError;

/**
 * Rules of an assessment's form that Bean Validation cannot say, checked before the form becomes the
 * assessment's text ({@link RegulatoryImpactAssessment}).
 */
final class RiaFormRules {

    /**
     * A review date is within a lifetime of the act: a year like +999999999 could be typed but not stored
     * (Derby's DATE ends in 9999) and was a 500.
     */
    static final int FIRST_YEAR = 2000;

    static final int LAST_YEAR = 2100;

    private RiaFormRules() {}

    /**
     * Rules of a form that Bean Validation cannot say: known codes, at most one "do nothing" and one
     * proposed option, each group's costs once, regions once, an evaluation not before the first review.
     * Field names are the form's paths, as Bean Validation names them ({@code options[2].kind}).
     */
    static List<FieldError> problemsWith(RiaForm form) {
        List<FieldError> errors = new ArrayList<>();
        if (form.level() != null
                && !form.level().isBlank()
                && RiaLevel.ofAssessment(form.level()).isEmpty()) {
            errors.add(new FieldError("level", "ria.level.unknown"));
        }
        Set<OptionKind> single = new HashSet<>();
        for (int i = 0; i < form.options().size(); i++) {
            RiaForm.OptionInput option = form.options().get(i);
            if (option == null || option.kind() == null || option.kind().isBlank()) {
                continue;
            }
            Optional<OptionKind> kind = OptionKind.of(option.kind());
            if (kind.isEmpty()) {
                errors.add(new FieldError("options[" + i + "].kind", "ria.option.kind.unknown"));
            } else if (kind.get() != OptionKind.ALTERNATIVE && !single.add(kind.get())) {
                errors.add(new FieldError("options[" + i + "].kind", "ria.option.kind.twice"));
            }
        }
        Set<AffectedGroup> groups = new HashSet<>();
        for (int i = 0; i < form.impacts().size(); i++) {
            RiaForm.ImpactInput impact = form.impacts().get(i);
            if (impact == null || impact.group() == null || impact.group().isBlank()) {
                continue;
            }
            Optional<AffectedGroup> group = AffectedGroup.of(impact.group());
            if (group.isEmpty()) {
                errors.add(new FieldError("impacts[" + i + "].group", "ria.impact.group.unknown"));
            } else if (!groups.add(group.get())) {
                errors.add(new FieldError("impacts[" + i + "].group", "ria.impact.group.twice"));
            }
        }
        if (form.regions().stream()
                        .map(r -> r == null ? "" : r.trim())
                        .distinct()
                        .count()
                < form.regions().size()) {
            errors.add(new FieldError("regions", "ria.regions.twice"));
        }
        for (int i = 0; i < form.indicators().size(); i++) {
            RiaForm.IndicatorInput indicator = form.indicators().get(i);
            if (indicator != null && outOfRange(indicator.reviewOn())) {
                errors.add(new FieldError(
                        "indicators[" + i + "].reviewOn", "ria.indicator.date-out-of-range", FIRST_YEAR, LAST_YEAR));
            } else if (indicator != null && outOfRange(indicator.evaluationOn())) {
                errors.add(new FieldError(
                        "indicators[" + i + "].evaluationOn",
                        "ria.indicator.date-out-of-range",
                        FIRST_YEAR,
                        LAST_YEAR));
            } else if (indicator != null
                    && indicator.reviewOn() != null
                    && indicator.evaluationOn() != null
                    && indicator.evaluationOn().isBefore(indicator.reviewOn())) {
                errors.add(
                        new FieldError("indicators[" + i + "].evaluationOn", "ria.indicator.evaluation-before-review"));
            }
        }
        return errors;
    }

    private static boolean outOfRange(LocalDate date) {
        return date != null && (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR);
    }
}
