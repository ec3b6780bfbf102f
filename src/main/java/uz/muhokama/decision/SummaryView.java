package uz.muhokama.decision;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.json.bind.annotation.JsonbTransient;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uz.muhokama.platform.web.Paged;

/**
 * The summary of a discussion: how many proposals were accepted, partly accepted and rejected, and a
 * page of the proposals with the decision and its reason. {@code publishedAt} is null while only the
 * agency sees it (before publishing); {@code next} is the cursor of the next page, null on the last.
 */
@JsonbPropertyOrder({"draft", "counts", "proposals", "publishedAt", "page", "size", "total", "next"})
public record SummaryView(
        String draft,
        Counts counts,
        List<ProposalView> proposals,
        Instant publishedAt,
        int page,
        int size,
        long total,
        String next)
        implements Paged {

    @JsonbPropertyOrder({"accepted", "partlyAccepted", "rejected"})
    @Schema(name = "DecisionCounts") // a distinct component name: nested types of this name exist elsewhere
    public record Counts(long accepted, long partlyAccepted, long rejected) {

        public long total() {
            return accepted + partlyAccepted + rejected;
        }
    }

    @JsonbPropertyOrder({"id", "clause", "text", "count", "decision", "reason"})
    public record ProposalView(long id, String clause, String text, long count, String decision, String reason) {

        /** The message key naming the decision, for pages. */
        @JsonbTransient
        public String decisionKey() {
            return "report.decision." + ("partlyAccepted".equals(decision) ? "partly-accepted" : decision);
        }
    }

    @JsonbTransient
    public boolean published() {
        return publishedAt != null;
    }

    @JsonbTransient
    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
