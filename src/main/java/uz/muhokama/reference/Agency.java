package uz.muhokama.reference;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A drafting agency (ministry, committee, khokimiyat) that authors drafts. */
@Entity
@Table(name = "agency")
public class Agency extends ReferenceEntry {

    protected Agency() {}
}
