package uz.muhokama.stats;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How the drafts of each sector (or each agency) fared in one period, with a total row. */
@JsonbNillable
@JsonbPropertyOrder({"by", "from", "to", "countedUpTo", "summaryDueDays", "rows", "total"})
public record DraftGroupTable(
        String by, LocalDate from, LocalDate to, Instant countedUpTo, int summaryDueDays, List<Row> rows, Row total) {

    /**
     * One sector's or agency's figures: drafts published in the period, discussions that closed in it,
     * discussions open now, comments received in it, decisions published in it with their shares
     * (percent, null when none), the median days from a discussion's close to its published summary
     * (of the summaries published in the period; null when none), and the summaries overdue at the
     * period's end (or now, if sooner): discussions closed more than {@code summaryDueDays} days before
     * with no summary published by then.
     */
    @Schema(name = "DraftGroupStatisticsRow") // a distinct component name: nested types called Row exist beside it
    @JsonbNillable
    @JsonbPropertyOrder({
        "code",
        "name",
        "draftsPublished",
        "discussionsHeld",
        "openNow",
        "comments",
        "decided",
        "accepted",
        "partlyAccepted",
        "rejected",
        "acceptedShare",
        "partlyAcceptedShare",
        "rejectedShare",
        "medianDaysToSummary",
        "summariesOverdue"
    })
    public record Row(
            String code,
            String name,
            long draftsPublished,
            long discussionsHeld,
            long openNow,
            long comments,
            long decided,
            long accepted,
            long partlyAccepted,
            long rejected,
            Double acceptedShare,
            Double partlyAcceptedShare,
            Double rejectedShare,
            Double medianDaysToSummary,
            long summariesOverdue) {}
}
