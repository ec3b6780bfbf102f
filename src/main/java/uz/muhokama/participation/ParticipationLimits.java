package uz.muhokama.participation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uz.muhokama.platform.error.RateLimit;
import uz.muhokama.platform.error.TooManyAttempts;

/**
 * How much one person may write: comments and flags per time window, and the comment edit window.
 * Counted from the rows already stored, so the limits hold across instances with no memory of their
 * own. Requests of one person arriving at the very same moment may each pass the check before any is
 * stored, so a person can exceed the limit by the number of requests they have in flight at once.
 */
@ApplicationScoped
class ParticipationLimits {

    @Inject
    @ConfigProperty(name = "muhokama.comments.max-length", defaultValue = "5000")
    int maxLength;

    @Inject
    @ConfigProperty(name = "muhokama.comments.per-window", defaultValue = "10")
    int commentsPerWindow;

    @Inject
    @ConfigProperty(name = "muhokama.comments.window-seconds", defaultValue = "60")
    long commentWindowSeconds;

    @Inject
    @ConfigProperty(name = "muhokama.comments.edit-minutes", defaultValue = "15")
    long editMinutes;

    @Inject
    @ConfigProperty(name = "muhokama.flags.per-window", defaultValue = "20")
    int flagsPerWindow;

    @Inject
    @ConfigProperty(name = "muhokama.flags.window-seconds", defaultValue = "3600")
    long flagWindowSeconds;

    @Inject
    CommentRepository comments;

    public int maxLength() {
        return maxLength;
    }

    public Duration editWindow() {
        return Duration.ofMinutes(editMinutes);
    }

    /** 429 with the seconds to wait when the author has written their share of comments in the window. */
    void checkComment(long authorId, Instant now) {
        Instant since = now.minusSeconds(commentWindowSeconds);
        if (comments.writtenSince(authorId, since) >= commentsPerWindow) {
            throw tooMany(
                    "comments",
                    commentsPerWindow,
                    commentWindowSeconds,
                    comments.oldestSince(authorId, since),
                    now,
                    "comment.too-many");
        }
    }

    void checkFlag(long accountId, Instant now) {
        Instant since = now.minusSeconds(flagWindowSeconds);
        if (comments.flagsSince(accountId, since) >= flagsPerWindow) {
            throw tooMany(
                    "flags",
                    flagsPerWindow,
                    flagWindowSeconds,
                    comments.oldestFlagSince(accountId, since),
                    now,
                    "flag.too-many");
        }
    }

    /** The wait is until the oldest counted one leaves the window, when one more is allowed. */
    private static TooManyAttempts tooMany(
            String policy, int quota, long windowSeconds, Optional<Instant> oldest, Instant now, String key) {
        long wait = oldest.map(
                        o -> Duration.between(now, o.plusSeconds(windowSeconds)).toSeconds() + 1)
                .orElse(windowSeconds);
        RateLimit limit = RateLimit.exhausted(policy, quota, windowSeconds, wait);
        return new TooManyAttempts(limit, key, limit.resetSeconds());
    }
}
