package uz.muhokama.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/** What every reference list entry has: a stable code, a place in the list, and a name in the four languages. */
@MappedSuperclass
abstract class ReferenceEntry {

    @Id
    @Column(name = "code")
    private String code;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Embedded
    private LocalizedName name;

    public String code() {
        return code;
    }

    public int sortOrder() {
        return sortOrder;
    }

    public LocalizedName name() {
        return name;
    }
}
