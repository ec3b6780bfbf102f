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
import java.util.List;
import java.util.Optional;
import uz.muhokama.platform.error.Conflict;

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
class RegulatoryImpactAssessment {

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

    /** A first text; the form must have passed {@link RiaFormRules#problemsWith} and Bean Validation. */
    RegulatoryImpactAssessment(long draftId, RiaForm form, Instant now) {
        this.draftId = draftId;
        this.createdAt = now;
        write(form, now);
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
        form.options()
                .forEach(o -> options.add(new RiaOption(
                        OptionKind.of(o.kind()).orElseThrow(), o.title().trim(), trimToNull(o.description()))));
        impacts.clear();
        // Always in the order citizens, business, state, whatever order they were sent in.
        for (AffectedGroup group : AffectedGroup.values()) {
            form.impacts().stream()
                    .filter(i -> AffectedGroup.of(i.group()).orElse(null) == group)
                    .findFirst()
                    .ifPresent(i -> impacts.add(new RiaImpact(
                            group,
                            i.costOneOffUzs(),
                            i.costYearlyUzs(),
                            trimToNull(i.costs()),
                            i.benefitOneOffUzs(),
                            i.benefitYearlyUzs(),
                            trimToNull(i.benefits()))));
        }
        regions.clear();
        form.regions().forEach(r -> regions.add(r.trim()));
        risks.clear();
        form.risks()
                .forEach(r ->
                        risks.add(new RiaRisk(r.risk().trim(), r.mitigation().trim())));
        indicators.clear();
        form.indicators()
                .forEach(i -> indicators.add(new RiaIndicator(
                        i.name().trim(),
                        i.baseline().trim(),
                        i.target().trim(),
                        i.dataSource().trim(),
                        i.reviewOn(),
                        i.evaluationOn())));
        updatedAt = now;
    }

    /**
     * What the assessment still lacks for its level before the draft may be published, as section codes
     * in the order of the form; empty when it is complete. The list per level is {@link RiaRequiredSections}'s.
     */
    public List<String> missing() {
        return RiaRequiredSections.missingFrom(this);
    }

    public boolean isComplete() {
        return missing().isEmpty();
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
