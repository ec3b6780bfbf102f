package uz.muhokama.draft;

import jakarta.json.bind.annotation.JsonbTypeSerializer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uz.muhokama.discussion.DiscussionStatus;
import uz.muhokama.platform.web.Coded;

/**
 * Where a draft stands for its readers: not yet public, its discussion scheduled, open or closed, its
 * summary of decisions published, or withdrawn. Derived from the draft's state and its discussion at a
 * moment ({@link #of}); other features compare these constants, never the codes.
 */
@Schema(
        name = "DraftStatus",
        type = SchemaType.STRING,
        enumeration = {"unpublished", "scheduled", "open", "closed", "summary-published", "withdrawn"})
@JsonbTypeSerializer(Coded.AsCode.class)
public enum DraftStatus implements Coded {
    UNPUBLISHED,
    SCHEDULED,
    OPEN,
    CLOSED,
    SUMMARY_PUBLISHED,
    WITHDRAWN;

    /** The code used in URLs, JSON, message keys ({@code status.<code>}) and page classes. */
    @Override
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The code: templates print the status as it is. */
    @Override
    public String toString() {
        return code();
    }

    public static Optional<DraftStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst();
    }

    /** The statuses a reader may look for in search: every status of a public draft. */
    public boolean isSearchable() {
        return this != UNPUBLISHED;
    }

    /** A published draft's status follows its discussion (none yet: scheduled). */
    static DraftStatus of(Draft draft, DiscussionStatus discussion) {
        return switch (draft.state()) {
            case UNPUBLISHED -> UNPUBLISHED;
            case WITHDRAWN -> WITHDRAWN;
            case PUBLISHED ->
                draft.summaryPublishedAt() != null
                        ? SUMMARY_PUBLISHED
                        : switch (discussion == null ? DiscussionStatus.SCHEDULED : discussion) {
                            case SCHEDULED -> SCHEDULED;
                            case OPEN -> OPEN;
                            case CLOSED -> CLOSED;
                        };
        };
    }
}
