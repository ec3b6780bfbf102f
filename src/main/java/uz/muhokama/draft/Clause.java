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
 * kept, edited or moved keeps its key; numbers may change, keys do not. Its Uzbek text is given in Latin,
 * in Cyrillic or both (see {@link DraftTexts}): {@code body} or {@code body_cyrl}, at least one.
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

    @Column(name = "body")
    private String text;

    @Column(name = "heading_cyrl")
    private String headingCyrl;

    @Column(name = "body_cyrl")
    private String textCyrl;

    protected Clause() {}

    /** {@code heading} and {@code text} as {Latin, Cyrillic} ({@link DraftTexts#filed}). */
    Clause(DraftVersion version, String key, int position, String number, String[] heading, String[] text) {
        this.version = version;
        this.key = key;
        this.position = position;
        this.number = number;
        this.heading = heading[0];
        this.headingCyrl = heading[1];
        this.text = text[0];
        this.textCyrl = text[1];
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

    public String headingCyrl() {
        return headingCyrl;
    }

    public String textCyrl() {
        return textCyrl;
    }
}
