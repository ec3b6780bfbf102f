package uz.muhokama.ria;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uz.muhokama.platform.error.Conflict;
import uz.muhokama.platform.error.FieldError;

/**
 * The regulatory impact assessment of one draft (domain brief, section 3): the problem, objectives,
 * options considered, costs and benefits per group, who and which regions are affected, administrative
 * burden, corruption risks, implementation risks and monitoring indicators.
 *
 * <p>It guards two rules itself. What it must contain before the draft may be published depends on its
 * level ({@link #missing()}). And it is the agency's working paper until the draft is published, then
 * the public record published with it: from then on it is never changed ({@link #revise}), so what the
 * public discussed is what the assessment said.
 */
@Entity
@Table(name = "ria")
public class RegulatoryImpactAssessment {

    /** Sections a simplified assessment must fill; an expanded one fills these and {@link #EXPANDED_ALSO}. */
    static final List<String> SIMPLIFIED_NEEDS = List.of("problem", "objectives", "options.do-nothing", "options.proposed",
            "impacts.citizens", "impacts.business", "impacts.state", "affected-groups", "administrative-burden", "corruption-risks");
    static final List<String> EXPANDED_ALSO = List.of("options.alternative", "impacts.figures", "risks", "indicators");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "draft_id", nullable = false, updatable = false)
    private long draftId;

    @Enumerated(EnumType.STRING)
    @Column(name = "ria_level", nullable = false)
    private RiaLevel level;

    @Column(name = "problem")
    private String problem;

    @Column(name = "objectives")
    private String objectives;

    @Column(name = "affected_groups")
    private String affectedGroups;

    @Column(name = "administrative_burden")
    private String administrativeBurden;

    @Column(name = "corruption_risks")
    private String corruptionRisks;

    @ElementCollection
    @CollectionTable(name = "ria_option", joinColumns = @JoinColumn(name = "ria_id"))
    @OrderColumn(name = "row_no")
    private List<RiaOption> options = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "ria_impact", joinColumns = @JoinColumn(name = "ria_id"))
    @OrderColumn(name = "row_no")
    private List<RiaImpact> impacts = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "ria_region", joinColumns = @JoinColumn(name = "ria_id"))
    @OrderColumn(name = "row_no")
    @Column(name = "region_code", nullable = false)
    private List<String> regions = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "ria_risk", joinColumns = @JoinColumn(name = "ria_id"))
    @OrderColumn(name = "row_no")
    private List<RiaRisk> risks = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "ria_indicator", joinColumns = @JoinColumn(name = "ria_id"))
    @OrderColumn(name = "row_no")
    private List<RiaIndicator> indicators = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    protected RegulatoryImpactAssessment() {}

    /** A first text; the form must have passed {@link #problemsWith} and Bean Validation. */
    RegulatoryImpactAssessment(long draftId, RiaForm form, Instant now) {
        this.draftId = draftId;
        this.createdAt = now;
        write(form, now);
    }

    /**
     * Rules of a form that Bean Validation cannot say: known codes, at most one "do nothing" and one
     * proposed option, each group's costs once, regions once, an evaluation not before the first review.
     * Field names are the form's paths, as Bean Validation names them ({@code options[2].kind}).
     */
    static List<FieldError> problemsWith(RiaForm form) {
        List<FieldError> errors = new ArrayList<>();
        if (form.level() != null && !form.level().isBlank() && RiaLevel.ofAssessment(form.level()).isEmpty()) {
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
        if (form.regions().stream().map(r -> r == null ? "" : r.trim()).distinct().count() < form.regions().size()) {
            errors.add(new FieldError("regions", "ria.regions.twice"));
        }
        for (int i = 0; i < form.indicators().size(); i++) {
            RiaForm.IndicatorInput indicator = form.indicators().get(i);
            if (indicator != null && outOfRange(indicator.reviewOn())) {
                errors.add(new FieldError("indicators[" + i + "].reviewOn", "ria.indicator.date-out-of-range", FIRST_YEAR, LAST_YEAR));
            } else if (indicator != null && outOfRange(indicator.evaluationOn())) {
                errors.add(new FieldError("indicators[" + i + "].evaluationOn", "ria.indicator.date-out-of-range", FIRST_YEAR, LAST_YEAR));
            } else if (indicator != null && indicator.reviewOn() != null && indicator.evaluationOn() != null
                    && indicator.evaluationOn().isBefore(indicator.reviewOn())) {
                errors.add(new FieldError("indicators[" + i + "].evaluationOn", "ria.indicator.evaluation-before-review"));
            }
        }
        return errors;
    }

    /**
     * A review date is within a lifetime of the act: a year like +999999999 could be typed but not stored
     * (Derby's DATE ends in 9999) and was a 500.
     */
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private static boolean outOfRange(java.time.LocalDate date) {
        return date != null && (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR);
    }

    /** Replaces the whole text while the draft is unpublished; the published assessment is a record, never changed. */
    void revise(RiaForm form, Instant now) {
        if (publishedAt != null) {
            throw new Conflict("ria.published");
        }
        write(form, now);
    }

    private void write(RiaForm form, Instant now) {
        level = RiaLevel.ofAssessment(form.level()).orElseThrow();
        problem = trimToNull(form.problem());
        objectives = trimToNull(form.objectives());
        affectedGroups = trimToNull(form.affectedGroups());
        administrativeBurden = trimToNull(form.administrativeBurden());
        corruptionRisks = trimToNull(form.corruptionRisks());
        options.clear();
        form.options().forEach(o -> options.add(new RiaOption(OptionKind.of(o.kind()).orElseThrow(), o.title().trim(),
                trimToNull(o.description()))));
        impacts.clear();
        // Always in the order citizens, business, state, whatever order they were sent in.
        for (AffectedGroup group : AffectedGroup.values()) {
            form.impacts().stream().filter(i -> AffectedGroup.of(i.group()).orElse(null) == group).findFirst()
                    .ifPresent(i -> impacts.add(new RiaImpact(group, i.costOneOffUzs(), i.costYearlyUzs(), trimToNull(i.costs()),
                            i.benefitOneOffUzs(), i.benefitYearlyUzs(), trimToNull(i.benefits()))));
        }
        regions.clear();
        form.regions().forEach(r -> regions.add(r.trim()));
        risks.clear();
        form.risks().forEach(r -> risks.add(new RiaRisk(r.risk().trim(), r.mitigation().trim())));
        indicators.clear();
        form.indicators().forEach(i -> indicators.add(new RiaIndicator(i.name().trim(), i.baseline().trim(), i.target().trim(),
                i.dataSource().trim(), i.reviewOn(), i.evaluationOn())));
        updatedAt = now;
    }

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
    public List<String> missing() {
        List<String> missing = new ArrayList<>();
        for (String section : SIMPLIFIED_NEEDS) {
            if (!filled(section)) {
                missing.add(section);
            }
        }
        if (level == RiaLevel.EXPANDED) {
            for (String section : EXPANDED_ALSO) {
                if (!filled(section)) {
                    missing.add(section);
                }
            }
        }
        return missing;
    }

    public boolean isComplete() {
        return missing().isEmpty();
    }

    private boolean filled(String section) {
        return switch (section) {
            case "problem" -> problem != null;
            case "objectives" -> objectives != null;
            case "options.do-nothing" -> hasOption(OptionKind.DO_NOTHING);
            case "options.proposed" -> hasOption(OptionKind.PROPOSED);
            case "options.alternative" -> hasOption(OptionKind.ALTERNATIVE);
            case "impacts.citizens" -> impact(AffectedGroup.CITIZENS).map(RiaImpact::described).orElse(false);
            case "impacts.business" -> impact(AffectedGroup.BUSINESS).map(RiaImpact::described).orElse(false);
            case "impacts.state" -> impact(AffectedGroup.STATE).map(RiaImpact::described).orElse(false);
            case "impacts.figures" -> impacts.size() == AffectedGroup.values().length && impacts.stream().allMatch(RiaImpact::hasFigures);
            case "affected-groups" -> affectedGroups != null;
            case "administrative-burden" -> administrativeBurden != null;
            case "corruption-risks" -> corruptionRisks != null;
            case "risks" -> !risks.isEmpty();
            case "indicators" -> !indicators.isEmpty();
            default -> throw new IllegalArgumentException(section);
        };
    }

    private boolean hasOption(OptionKind kind) {
        return options.stream().anyMatch(o -> o.kind() == kind);
    }

    public Optional<RiaImpact> impact(AffectedGroup group) {
        return impacts.stream().filter(i -> i.group() == group).findFirst();
    }

    /**
     * Published with its draft, in the draft's publishing transaction. A draft that needs an assessment
     * gets here only complete ({@link RiaPublicationCheck}); one that needs none publishes whatever it has.
     */
    void publishWithDraft(Instant at) {
        if (publishedAt == null) {
            publishedAt = at;
        }
    }

    public boolean isPublished() {
        return publishedAt != null;
    }

    private static String trimToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public Long id() {
        return id;
    }

    public long draftId() {
        return draftId;
    }

    public RiaLevel level() {
        return level;
    }

    public String problem() {
        return problem;
    }

    public String objectives() {
        return objectives;
    }

    public String affectedGroups() {
        return affectedGroups;
    }

    public String administrativeBurden() {
        return administrativeBurden;
    }

    public String corruptionRisks() {
        return corruptionRisks;
    }

    public List<RiaOption> options() {
        return List.copyOf(options);
    }

    public List<RiaImpact> impacts() {
        return List.copyOf(impacts);
    }

    public List<String> regions() {
        return List.copyOf(regions);
    }

    public List<RiaRisk> risks() {
        return List.copyOf(risks);
    }

    public List<RiaIndicator> indicators() {
        return List.copyOf(indicators);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant publishedAt() {
        return publishedAt;
    }
}
