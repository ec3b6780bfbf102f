package uz.muhokama.report;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import uz.muhokama.reference.ReferenceItem;

/**
 * A report as its agency's inbox and the administrators see it. {@code state} is {@code waiting},
 * {@code generating} (with the rows written so far), {@code forwarding} (generated, steps still to
 * run), {@code delivered} (every step done) or {@code failed} (with the reason and the next attempt).
 */
@JsonbPropertyOrder({
    "draft",
    "title",
    "agency",
    "state",
    "closedAt",
    "rowsWritten",
    "attempts",
    "lastError",
    "nextAttemptAt",
    "generatedAt",
    "fileName",
    "fileBytes",
    "download",
    "steps"
})
public record ReportView(
        String draft,
        String title,
        ReferenceItem agency,
        String state,
        Instant closedAt,
        long rowsWritten,
        int attempts,
        String lastError,
        Instant nextAttemptAt,
        Instant generatedAt,
        String fileName,
        Long fileBytes,
        String download,
        List<StepView> steps) {

    /** One forwarding step: {@code folder}, {@code inbox} or {@code email}; {@code pending}, {@code running}, {@code done} or {@code failed}. */
    @JsonbPropertyOrder({"step", "state", "attempts", "lastError", "nextAttemptAt", "doneAt"})
    public record StepView(
            String step, String state, int attempts, String lastError, Instant nextAttemptAt, Instant doneAt) {

        public boolean failed() {
            return "failed".equals(state);
        }
    }

    public boolean failed() {
        return "failed".equals(state);
    }

    public boolean generating() {
        return "generating".equals(state);
    }
}
