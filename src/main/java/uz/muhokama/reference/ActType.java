package uz.muhokama.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A type of normative legal act (law, decree, resolution, order...). */
@Entity
@Table(name = "act_type")
class ActType extends ReferenceEntry {

    /** Departmental acts (orders and resolutions of ministries and committees) have shorter discussions. */
    public static final String DEPARTMENTAL_TIER = "departmental";

    @Column(name = "tier", nullable = false)
    private String tier;

    protected ActType() {}

    public boolean departmental() {
        return DEPARTMENTAL_TIER.equals(tier);
    }
}
