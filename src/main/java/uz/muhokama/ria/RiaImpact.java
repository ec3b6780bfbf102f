package uz.muhokama.ria;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** Costs and benefits for one group, a row of {@code ria_impact}; a NULL sum was not given. */
@Embeddable
class RiaImpact {

    @Enumerated(EnumType.STRING)
    @Column(name = "affected_group", nullable = false)
    private AffectedGroup group;

    @Column(name = "cost_one_off_uzs")
    private Long costOneOffUzs;

    @Column(name = "cost_yearly_uzs")
    private Long costYearlyUzs;

    @Column(name = "costs")
    private String costs;

    @Column(name = "benefit_one_off_uzs")
    private Long benefitOneOffUzs;

    @Column(name = "benefit_yearly_uzs")
    private Long benefitYearlyUzs;

    @Column(name = "benefits")
    private String benefits;

    protected RiaImpact() {}

    RiaImpact(
            AffectedGroup group,
            Long costOneOffUzs,
            Long costYearlyUzs,
            String costs,
            Long benefitOneOffUzs,
            Long benefitYearlyUzs,
            String benefits) {
        this.group = group;
        this.costOneOffUzs = costOneOffUzs;
        this.costYearlyUzs = costYearlyUzs;
        this.costs = costs;
        this.benefitOneOffUzs = benefitOneOffUzs;
        this.benefitYearlyUzs = benefitYearlyUzs;
        this.benefits = benefits;
    }

    /** Both sides are described in words (the figures may be unknown). */
    boolean described() {
        return costs != null && benefits != null;
    }

    /** Every sum is given (zero counts: "no cost" is a figure). */
    boolean hasFigures() {
        return costOneOffUzs != null && costYearlyUzs != null && benefitOneOffUzs != null && benefitYearlyUzs != null;
    }

    public AffectedGroup group() {
        return group;
    }

    public Long costOneOffUzs() {
        return costOneOffUzs;
    }

    public Long costYearlyUzs() {
        return costYearlyUzs;
    }

    public String costs() {
        return costs;
    }

    public Long benefitOneOffUzs() {
        return benefitOneOffUzs;
    }

    public Long benefitYearlyUzs() {
        return benefitYearlyUzs;
    }

    public String benefits() {
        return benefits;
    }
}
