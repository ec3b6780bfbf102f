package uz.muhokama.discussion;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import uz.muhokama.platform.error.FieldError;

/**
 * The rules a discussion window must obey (shared/domain/discussion_rules.json): it has both ends, does
 * not start in the past, and lasts at least the minimum — 15 days in general, 10 for departmental acts —
 * and at most the configured maximum.
 */
public record DiscussionRules(int minimumDays, int departmentalMinimumDays, int maximumDays, Duration pastTolerance) {

    /** How far ahead a discussion may be scheduled. */
    public static final int MAX_DAYS_AHEAD = 366;

    public List<FieldError> check(DiscussionWindow window, boolean departmental, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        if (window.opensAt() == null) {
            errors.add(new FieldError("opensAt", "discussion.window.opens-required"));
        }
        if (window.closesAt() == null) {
            errors.add(new FieldError("closesAt", "discussion.window.closes-required"));
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        if (window.opensAt().isBefore(now.minus(pastTolerance))) {
            errors.add(new FieldError("opensAt", "discussion.window.opens-in-past"));
        } else if (window.opensAt().isAfter(now.plus(Duration.ofDays(MAX_DAYS_AHEAD)))) {
            // A page form's year +999999999 made a valid instant that no TIMESTAMP column holds.
            errors.add(new FieldError("opensAt", "discussion.window.opens-too-late", MAX_DAYS_AHEAD));
        }
        int minimum = departmental ? departmentalMinimumDays : minimumDays;
        Duration length = Duration.between(window.opensAt(), window.closesAt());
        if (length.compareTo(Duration.ofDays(minimum)) < 0) {
            errors.add(new FieldError("closesAt", "discussion.window.too-short", minimum));
        } else if (length.compareTo(Duration.ofDays(maximumDays)) > 0) {
            errors.add(new FieldError("closesAt", "discussion.window.too-long", maximumDays));
        }
        return errors;
    }
}
