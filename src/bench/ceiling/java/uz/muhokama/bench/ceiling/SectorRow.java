package uz.muhokama.bench.ceiling;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One row of the portal's sector table, read by primary key: the cheapest JPA read there is. */
@Entity
@Table(name = "sector")
public class SectorRow {

    @Id
    @Column(name = "code")
    public String code;

    @Column(name = "name_en")
    public String nameEn;
}
