package uz.muhokama.ria;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uz.muhokama.reference.ReferenceItem;

/**
 * An assessment as its pages and {@code GET /api/v1/drafts/{number}/ria} show it: the content in the
 * language the agency wrote it, labels (levels, kinds, groups, missing sections, regions) in the
 * reader's language.
 *
 * @param required whether the draft must have a completed assessment before it is published
 * @param missing what is still missing for the level before the draft may be published (empty: complete)
 * @param discussionResults the summary of proposals, pending until the report feature supplies it
 */
@JsonbPropertyOrder({
    "number",
    "required",
    "level",
    "complete",
    "missing",
    "problem",
    "objectives",
    "options",
    "impacts",
    "affectedGroups",
    "regions",
    "administrativeBurden",
    "corruptionRisks",
    "risks",
    "indicators",
    "discussionResults",
    "updatedAt",
    "publishedAt"
})
public record RiaView(
        String number,
        boolean required,
        Label level,
        boolean complete,
        List<Label> missing,
        String problem,
        String objectives,
        List<Option> options,
        List<Impact> impacts,
        String affectedGroups,
        List<ReferenceItem> regions,
        String administrativeBurden,
        String corruptionRisks,
        List<Risk> risks,
        List<Indicator> indicators,
        DiscussionResults discussionResults,
        Instant updatedAt,
        Instant publishedAt) {

    /** A code and its name in the reader's language. */
    @Schema(name = "RiaLabel") // a distinct component name: nested types of this name exist elsewhere
    public record Label(String code, String label) {}

    @JsonbPropertyOrder({"kind", "title", "description"})
    @Schema(name = "RiaOptionView") // a distinct component name: nested types of this name exist elsewhere
    public record Option(Label kind, String title, String description) {}

    /** One group's costs and benefits; sums in UZS, null where not given. */
    @JsonbPropertyOrder({
        "group",
        "costOneOffUzs",
        "costYearlyUzs",
        "costs",
        "benefitOneOffUzs",
        "benefitYearlyUzs",
        "benefits"
    })
    public record Impact(
            Label group,
            Long costOneOffUzs,
            Long costYearlyUzs,
            String costs,
            Long benefitOneOffUzs,
            Long benefitYearlyUzs,
            String benefits) {}

    public record Risk(String risk, String mitigation) {}

    @JsonbPropertyOrder({"name", "baseline", "target", "dataSource", "reviewOn", "evaluationOn"})
    public record Indicator(
            String name,
            String baseline,
            String target,
            String dataSource,
            LocalDate reviewOn,
            LocalDate evaluationOn) {}

    public boolean isPublished() {
        return publishedAt != null;
    }

    public boolean isExpanded() {
        return RiaLevel.EXPANDED.code().equals(level.code());
    }
}
