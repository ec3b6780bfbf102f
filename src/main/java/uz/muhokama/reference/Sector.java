package uz.muhokama.reference;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One of the sectors (spheres) a draft is filed under. */
@Entity
@Table(name = "sector")
class Sector extends ReferenceEntry {

    protected Sector() {}
}
