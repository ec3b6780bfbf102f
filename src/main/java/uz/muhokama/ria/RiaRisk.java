package uz.muhokama.ria;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An implementation risk with its mitigation, a row of {@code ria_risk}. */
@Embeddable
class RiaRisk {

    @Column(name = "risk", nullable = false)
    private String risk;

    @Column(name = "mitigation", nullable = false)
    private String mitigation;

    protected RiaRisk() {}

    RiaRisk(String risk, String mitigation) {
        this.risk = risk;
        this.mitigation = mitigation;
    }

    public String risk() {
        return risk;
    }

    public String mitigation() {
        return mitigation;
    }
}
