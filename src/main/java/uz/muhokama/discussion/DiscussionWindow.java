package uz.muhokama.discussion;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** When a discussion opens and closes, to the minute. */
public record DiscussionWindow(Instant opensAt, Instant closesAt) {

    public DiscussionWindow {
        opensAt = opensAt == null ? null : opensAt.truncatedTo(ChronoUnit.MINUTES);
        closesAt = closesAt == null ? null : closesAt.truncatedTo(ChronoUnit.MINUTES);
    }
}
