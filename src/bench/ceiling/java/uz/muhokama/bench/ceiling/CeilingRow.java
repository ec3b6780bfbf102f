package uz.muhokama.bench.ceiling;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One row of the ceiling's bare insert: an id, a text, a time. Not part of the portal. */
@Entity
@Table(name = "ceiling_row")
public class CeilingRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "body", nullable = false)
    public String body;

    @Column(name = "created_at", nullable = false)
    public LocalDateTime createdAt;
}
