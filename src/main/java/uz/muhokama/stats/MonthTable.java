package uz.muhokama.stats;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The period month by month (the first and last months may be partial), with a total row. */
@JsonbNillable
@JsonbPropertyOrder({"from", "to", "countedUpTo", "rows", "total"})
public record MonthTable(LocalDate from, LocalDate to, Instant countedUpTo, List<Row> rows, Row total) {

    /** One month's figures (participants are different people within that month; the total counts each person once). */
    @Schema(name = "MonthStatisticsRow") // a distinct component name: nested types called Row exist beside it
    @JsonbNillable
    @JsonbPropertyOrder({
        "month",
        "participants",
        "comments",
        "votes",
        "surveyAnswers",
        "expertises",
        "decided",
        "accepted",
        "partlyAccepted",
        "rejected",
        "draftsPublished",
        "discussionsHeld"
    })
    public record Row(
            String month,
            long participants,
            long comments,
            long votes,
            long surveyAnswers,
            long expertises,
            long decided,
            long accepted,
            long partlyAccepted,
            long rejected,
            long draftsPublished,
            long discussionsHeld) {}
}
