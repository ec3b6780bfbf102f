package uz.muhokama.stats;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The portal's version of the source article's table: a row per region in reference order, one for
 * people who gave no region, and the total, for one period.
 */
@JsonbNillable
@JsonbPropertyOrder({
    "from",
    "to",
    "countedUpTo",
    "rows",
    "regionNotGiven",
    "total",
    "populationAsOf",
    "populationSource"
})
public record RegionTable(
        LocalDate from,
        LocalDate to,
        Instant countedUpTo,
        List<Row> rows,
        Row regionNotGiven,
        Row total,
        LocalDate populationAsOf,
        String populationSource) {

    /**
     * One region's figures. Participants are different people who commented, voted or answered a
     * draft's survey or expertise in the period; the shares are of the proposals decided in the period
     * (percent, one decimal; null when none was decided); residents and participants per 100,000
     * residents are null where there is no count (the "region not given" row).
     */
    @Schema(name = "RegionStatisticsRow") // a distinct component name: nested types called Row exist beside it
    @JsonbNillable
    @JsonbPropertyOrder({
        "code",
        "name",
        "participants",
        "comments",
        "votes",
        "surveyAnswers",
        "expertises",
        "decided",
        "accepted",
        "partlyAccepted",
        "rejected",
        "acceptedShare",
        "partlyAcceptedShare",
        "rejectedShare",
        "residents",
        "participantsPer100k"
    })
    public record Row(
            String code,
            String name,
            long participants,
            long comments,
            long votes,
            long surveyAnswers,
            long expertises,
            long decided,
            long accepted,
            long partlyAccepted,
            long rejected,
            Double acceptedShare,
            Double partlyAcceptedShare,
            Double rejectedShare,
            Long residents,
            Double participantsPer100k) {}
}
