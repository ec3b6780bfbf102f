package uz.muhokama.ria;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import uz.muhokama.platform.error.PlainText;

/**
 * An assessment as the agency writes it (API body and the page's form alike), replacing the previous
 * text whole. These constraints say what may be stored; whether it is complete enough to publish the
 * draft is a separate question ({@link RegulatoryImpactAssessment#missing}), so that unfinished work can
 * be saved. A row that is written must be whole (an option needs its title, a risk its mitigation, an
 * indicator all its parts); a section left empty is only "missing".
 */
public record RiaForm(
        @NotBlank(message = "{ria.level.required}") @PlainText
        String level,

        @Size(max = 4000, message = "{ria.text.too-long}") @PlainText
        String problem,

        @Size(max = 4000, message = "{ria.text.too-long}") @PlainText
        String objectives,

        @Size(max = 10, message = "{ria.options.too-many}")
        List<@NotNull(message = "{ria.row.required}") @Valid OptionInput> options,

        @Size(max = 3, message = "{ria.impacts.too-many}")
        List<@NotNull(message = "{ria.row.required}") @Valid ImpactInput> impacts,

        @Size(max = 4000, message = "{ria.text.too-long}") @PlainText
        String affectedGroups,

        @Size(max = 14, message = "{ria.regions.too-many}") List<@PlainText String> regions,

        @Size(max = 4000, message = "{ria.text.too-long}") @PlainText
        String administrativeBurden,

        @Size(max = 4000, message = "{ria.text.too-long}") @PlainText
        String corruptionRisks,

        @Size(max = 20, message = "{ria.risks.too-many}")
        List<@NotNull(message = "{ria.row.required}") @Valid RiskInput> risks,

        @Size(max = 20, message = "{ria.indicators.too-many}")
        List<@NotNull(message = "{ria.row.required}") @Valid IndicatorInput> indicators) {

    /** The largest sum accepted, in UZS: well above any budget, far below BIGINT's limit. */
    static final long MAX_UZS = 1_000_000_000_000_000L;

    public RiaForm {
        options = options == null ? List.of() : options;
        impacts = impacts == null ? List.of() : impacts;
        regions = regions == null ? List.of() : regions;
        risks = risks == null ? List.of() : risks;
        indicators = indicators == null ? List.of() : indicators;
    }

    /** One option considered: {@code kind} is do-nothing, proposed or alternative. */
    public record OptionInput(
            @NotBlank(message = "{ria.option.kind.required}") @PlainText
            String kind,

            @NotBlank(message = "{ria.option.title.required}")
            @Size(max = 500, message = "{ria.short-text.too-long}")
            @PlainText
            String title,

            @Size(max = 4000, message = "{ria.text.too-long}") @PlainText
            String description) {}

    /** Costs and benefits for one group (citizens, business, state): sums in UZS where known, and text. */
    public record ImpactInput(
            @NotBlank(message = "{ria.impact.group.required}") @PlainText
            String group,

            @PositiveOrZero(message = "{ria.amount.negative}") @Max(value = MAX_UZS, message = "{ria.amount.too-large}")
            Long costOneOffUzs,

            @PositiveOrZero(message = "{ria.amount.negative}") @Max(value = MAX_UZS, message = "{ria.amount.too-large}")
            Long costYearlyUzs,

            @Size(max = 4000, message = "{ria.text.too-long}") @PlainText
            String costs,

            @PositiveOrZero(message = "{ria.amount.negative}") @Max(value = MAX_UZS, message = "{ria.amount.too-large}")
            Long benefitOneOffUzs,

            @PositiveOrZero(message = "{ria.amount.negative}") @Max(value = MAX_UZS, message = "{ria.amount.too-large}")
            Long benefitYearlyUzs,

            @Size(max = 4000, message = "{ria.text.too-long}") @PlainText
            String benefits) {}

    /** An implementation risk and what is done about it. */
    public record RiskInput(
            @NotBlank(message = "{ria.risk.required}") @Size(max = 2000, message = "{ria.risk.too-long}") @PlainText
            String risk,

            @NotBlank(message = "{ria.risk.mitigation.required}")
            @Size(max = 2000, message = "{ria.risk.too-long}")
            @PlainText
            String mitigation) {}

    /** A monitoring indicator: where it stands, where it should get, from which data, and when it is reviewed. */
    public record IndicatorInput(
            @NotBlank(message = "{ria.indicator.name.required}")
            @Size(max = 500, message = "{ria.short-text.too-long}")
            @PlainText
            String name,

            @NotBlank(message = "{ria.indicator.baseline.required}")
            @Size(max = 500, message = "{ria.short-text.too-long}")
            @PlainText
            String baseline,

            @NotBlank(message = "{ria.indicator.target.required}")
            @Size(max = 500, message = "{ria.short-text.too-long}")
            @PlainText
            String target,

            @NotBlank(message = "{ria.indicator.data-source.required}")
            @Size(max = 500, message = "{ria.short-text.too-long}")
            @PlainText
            String dataSource,

            @NotNull(message = "{ria.indicator.review-on.required}")
            LocalDate reviewOn,

            @NotNull(message = "{ria.indicator.evaluation-on.required}")
            LocalDate evaluationOn) {}
}
