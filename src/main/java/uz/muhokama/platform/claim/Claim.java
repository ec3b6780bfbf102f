package uz.muhokama.platform.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Where one row of queued work stands, and the only ways it moves: due rows are claimed by one
 * instance ({@link #claim}), which renews its claim while it works ({@link #renew}) and then records
 * success ({@link #succeed}), a failure to be retried after a back-off ({@link #fail}) or that it gives
 * up ({@link #giveUp}); an administrator may bring a failed row's next attempt forward
 * ({@link #retryNow}). A claim not renewed for a while belongs to an instance that stopped, and is due
 * again. Every transition but {@code claim} and {@code retryNow} refuses a caller that does not hold the
 * claim: the instance it was taken over from finds out and stops. Rows are changed only under the lock
 * {@link ClaimQueue} takes, so two instances never move the same row at once.
 */
@Embeddable
public class Claim {

    /** The longest last error kept (the column's size). */
    static final int MAX_ERROR = 2000;

    /** Where a row of work stands. */
    public enum State {
        /** Waiting for its first attempt. */
        PENDING,
        /** Claimed: an instance works on it and renews its claim. */
        RUNNING,
        /** Done; never worked on again. */
        DONE,
        /** The last attempt failed; due again at the next attempt's time. */
        FAILED,
        /** Failed for good: never tried again. */
        GIVEN_UP
    }

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false)
    private State state;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "claimed_by")
    private String claimedBy;

    @Column(name = "claimed_at")
    private Instant claimedAt;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "done_at")
    private Instant doneAt;

    protected Claim() {}

    /** Work waiting for its first attempt, due at once. */
    public static Claim pending(Instant now) {
        Claim claim = new Claim();
        claim.state = State.PENDING;
        claim.nextAttemptAt = Objects.requireNonNull(now);
        return claim;
    }

    /**
     * Whether an instance may claim it now: waiting or failed and its next attempt due, or claimed but
     * not renewed since {@code stale} (its holder stopped). {@link ClaimQueue#due} asks the same of the
     * database.
     */
    public boolean isDue(Instant now, Instant stale) {
        return switch (state) {
            case PENDING, FAILED -> !nextAttemptAt.isAfter(now);
            case RUNNING -> claimedAt != null && claimedAt.isBefore(stale);
            case DONE, GIVEN_UP -> false;
        };
    }

    /** Whether {@code by} holds the claim (it may have been taken over). */
    public boolean isHeldBy(String by) {
        return state == State.RUNNING && Objects.equals(claimedBy, by);
    }

    /** Claims due work for {@code by}: one more attempt. */
    public void claim(String by, Instant now, Instant stale) {
        if (!isDue(now, stale)) {
            throw new IllegalStateException("Not due: " + state);
        }
        state = State.RUNNING;
        claimedBy = Objects.requireNonNull(by);
        claimedAt = now;
        attempts++;
    }

    /** The holder is still at work: a claim renewed is not taken over. */
    public void renew(String by, Instant now) {
        requireHeldBy(by);
        claimedAt = now;
    }

    /** Done, for good. */
    public void succeed(String by, Instant now) {
        requireHeldBy(by);
        state = State.DONE;
        doneAt = now;
        lastError = null;
        release();
    }

    /** The attempt failed: the error is kept, and the work is due again after the back-off for this attempt. */
    public void fail(String by, String error, Instant now, Backoff backoff) {
        requireHeldBy(by);
        state = State.FAILED;
        lastError = shorten(error);
        nextAttemptAt = backoff.nextAttempt(attempts, now);
        release();
    }

    /** Failed for good: kept with its error, never tried again. */
    public void giveUp(String by, String error, Instant now) {
        requireHeldBy(by);
        state = State.GIVEN_UP;
        lastError = shorten(error);
        doneAt = now;
        release();
    }

    /** An administrator's "try again now"; false (nothing changed) unless the last attempt failed. */
    public boolean retryNow(Instant now) {
        if (state != State.FAILED) {
            return false;
        }
        nextAttemptAt = now;
        return true;
    }

    private void requireHeldBy(String by) {
        if (!isHeldBy(by)) {
            throw new IllegalStateException("The claim is not held by " + by);
        }
    }

    private void release() {
        claimedBy = null;
        claimedAt = null;
    }

    private static String shorten(String error) {
        String text = error == null ? "" : error;
        return text.length() > MAX_ERROR ? text.substring(0, MAX_ERROR) : text;
    }

    public State state() {
        return state;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Optional<String> claimedBy() {
        return Optional.ofNullable(claimedBy);
    }

    public Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }

    public Instant doneAt() {
        return doneAt;
    }
}
