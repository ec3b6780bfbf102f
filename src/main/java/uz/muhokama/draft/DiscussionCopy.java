package uz.muhokama.draft;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * The draft row's copy of its discussion's window and of how often it was extended, kept with every
 * change the draft's own actions make to the discussion. The discussion feature stays the authority;
 * the copy lets the search filter and order by the window, and the page of a discussion never extended
 * show it without reading it. Replaced whole with every change, never changed in place.
 */
@Embeddable
class DiscussionCopy {

    @Column(name = "discussion_opens_at")
    private Instant opensAt;

    @Column(name = "discussion_closes_at")
    private Instant closesAt;

    @Column(name = "extension_count", nullable = false)
    private int extensions;

    protected DiscussionCopy() {}

    private DiscussionCopy(Instant opensAt, Instant closesAt, int extensions) {
        this.opensAt = opensAt;
        this.closesAt = closesAt;
        this.extensions = extensions;
    }

    /** A draft's before it is published: no window yet. */
    static DiscussionCopy none() {
        return new DiscussionCopy(null, null, 0);
    }

    /** A discussion as it happened (demo data): its window and how often it was extended. */
    static DiscussionCopy of(Instant opensAt, Instant closesAt, int extensions) {
        return new DiscussionCopy(opensAt, closesAt, extensions);
    }

    DiscussionCopy scheduled(Instant opensAt, Instant closesAt) {
        return new DiscussionCopy(opensAt, closesAt, extensions);
    }

    DiscussionCopy extendedTo(Instant closesAt) {
        return new DiscussionCopy(opensAt, closesAt, extensions + 1);
    }

    /** Whether the discussion had a window and it had closed by {@code now}. */
    boolean closedBy(Instant now) {
        return closesAt != null && !closesAt.isAfter(now);
    }

    boolean wasExtended() {
        return extensions > 0;
    }

    Instant opensAt() {
        return opensAt;
    }

    Instant closesAt() {
        return closesAt;
    }
}
