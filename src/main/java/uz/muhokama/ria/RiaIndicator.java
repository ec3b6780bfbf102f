package uz.muhokama.ria;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** A monitoring indicator, a row of {@code ria_indicator}: review dates are days, not moments. */
@Embeddable
class RiaIndicator {

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "baseline", nullable = false)
    private String baseline;

    @Column(name = "target", nullable = false)
    private String target;

    @Column(name = "data_source", nullable = false)
    private String dataSource;

    @Column(name = "review_on", nullable = false)
    private LocalDate reviewOn;

    @Column(name = "evaluation_on", nullable = false)
    private LocalDate evaluationOn;

    protected RiaIndicator() {}

    RiaIndicator(
            String name,
            String baseline,
            String target,
            String dataSource,
            LocalDate reviewOn,
            LocalDate evaluationOn) {
        this.name = name;
        this.baseline = baseline;
        this.target = target;
        this.dataSource = dataSource;
        this.reviewOn = reviewOn;
        this.evaluationOn = evaluationOn;
    }

    public String name() {
        return name;
    }

    public String baseline() {
        return baseline;
    }

    public String target() {
        return target;
    }

    public String dataSource() {
        return dataSource;
    }

    public LocalDate reviewOn() {
        return reviewOn;
    }

    public LocalDate evaluationOn() {
        return evaluationOn;
    }
}
