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

    /** The status of a code as {@link #code()} writes it. */
    public static java.util.Optional<DiscussionStatus> fromCode(String code) {
        return java.util.Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst();
    }
}
