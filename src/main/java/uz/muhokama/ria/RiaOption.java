package uz.muhokama.ria;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One option considered, a row of {@code ria_option}. */
@Embeddable
class RiaOption {

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private OptionKind kind;

    @Column(name = "title", nullable = false)
    private String title;

    @Column(name = "description")
    private String description;

    protected RiaOption() {}

    RiaOption(OptionKind kind, String title, String description) {
        this.kind = kind;
        this.title = title;
        this.description = description;
    }

    public OptionKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }
}
