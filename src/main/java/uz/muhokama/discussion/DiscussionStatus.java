package uz.muhokama.discussion;

import java.util.Locale;

/** Where a discussion stands at a given moment. */
public enum DiscussionStatus {
    SCHEDULED,
    OPEN,
    CLOSED;

    /** The lower-case code used in URLs and JSON ("scheduled", "open", "closed"). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
