package uz.muhokama.draft;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One clause of one version. {@code key} is the clause's identity across versions: a clause that is
 * kept, edited or moved keeps its key; numbers may change, keys do not.
 */
@Entity
@Table(name = "clause")
class Clause {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "version_id")
    private DraftVersion version;

    @Column(name = "clause_key", nullable = false)
    private String key;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "clause_no", nullable = false)
    private String number;

    @Column(name = "heading")
    private String heading;

    @Column(name = "body", nullable = false)
    private String text;

    protected Clause() {}

    Clause(DraftVersion version, String key, int position, String number, String heading, String text) {
        this.version = version;
        this.key = key;
        this.position = position;
        this.number = number;
        this.heading = heading;
        this.text = text;
    }

    public String key() {
        return key;
    }

    public int position() {
        return position;
    }

    public String number() {
        return number;
    }

    public String heading() {
        return heading;
    }

    public String text() {
        return text;
    }
}
