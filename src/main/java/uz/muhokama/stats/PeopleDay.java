package uz.muhokama.stats;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** Everyone who took part on one Tashkent day, as a compressed set of account ids ({@link People}). */
@Entity
@Table(name = "stats_people_day")
class PeopleDay {

    @Id
    @Column(name = "day")
    private LocalDate day;

    @Column(name = "month_key", nullable = false)
    private int monthKey;

    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(name = "people", nullable = false)
    private byte[] people;

    protected PeopleDay() {}

    PeopleDay(LocalDate day, byte[] people) {
        this.day = day;
        this.monthKey = Tally.monthKey(day);
        this.people = people;
    }

    LocalDate day() {
        return day;
    }

    int monthKey() {
        return monthKey;
    }

    byte[] people() {
        return people;
    }

    void replace(byte[] people) {
        this.people = people;
    }
}
