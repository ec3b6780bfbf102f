package uz.muhokama.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Optional;

/** A region of Uzbekistan (ISO 3166-2:UZ code), where a participant lives, with its residents as last counted. */
@Entity
@Table(name = "region")
class Region extends ReferenceEntry {

    @Column(name = "population")
    private Long population;

    @Column(name = "population_as_of")
    private LocalDate populationAsOf;

    @Column(name = "population_source")
    private String populationSource;

    protected Region() {}

    /** The permanent population, with the date of the count and who published it; empty if never loaded. */
    Optional<Population> population() {
        return population == null
                ? Optional.empty()
                : Optional.of(new Population(population, populationAsOf, populationSource));
    }
}
