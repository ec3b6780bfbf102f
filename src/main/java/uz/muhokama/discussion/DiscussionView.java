package uz.muhokama.discussion;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;

/**
 * A discussion as the public sees it at one moment: its window, status (in JSON {@code scheduled},
 * {@code open} or {@code closed}), time left and extensions.
 */
@JsonbPropertyOrder({"status", "opensAt", "closesAt", "secondsLeft", "extensions"})
public record DiscussionView(
        DiscussionStatus status, Instant opensAt, Instant closesAt, long secondsLeft, List<ExtensionView> extensions) {

    /** Whole days left, as the page shows them ("3 days 4 hours"). */
    public long daysLeft() {
        return secondsLeft / 86_400;
    }

    /** Whole hours left beyond {@link #daysLeft()}. */
    public long hoursLeftAfterDays() {
        return secondsLeft % 86_400 / 3_600;
    }
}
