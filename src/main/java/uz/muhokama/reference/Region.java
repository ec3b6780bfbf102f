package uz.muhokama.reference;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A region of Uzbekistan (ISO 3166-2:UZ code), where a participant lives. */
@Entity
@Table(name = "region")
public class Region extends ReferenceEntry {

    protected Region() {}
}
