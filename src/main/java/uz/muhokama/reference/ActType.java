package uz.muhokama.reference;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A type of normative legal act (law, decree, resolution, order...). */
@Entity
@Table(name = "act_type")
public class ActType extends ReferenceEntry {

    protected ActType() {}
}
