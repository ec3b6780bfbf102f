package uz.muhokama.stats;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** Everyone who ever took part giving one region ('' for none), as a compressed set of account ids ({@link People}). */
@Entity
@Table(name = "stats_people_region")
class PeopleInRegion {

    @Id
    @Column(name = "region_code")
    private String region;

    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(name = "people", nullable = false)
    private byte[] people;

    protected PeopleInRegion() {}

    PeopleInRegion(String region, byte[] people) {
        this.region = region;
        this.people = people;
    }

    String region() {
        return region;
    }

    byte[] people() {
        return people;
    }

    void replace(byte[] people) {
        this.people = people;
    }
}
