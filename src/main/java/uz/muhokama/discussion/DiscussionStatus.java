package uz.muhokama.discussion;

import jakarta.json.bind.annotation.JsonbTypeSerializer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uz.muhokama.platform.web.Coded;

/** Where a discussion stands at a given moment. */
@Schema(
        name = "DiscussionStatus",
        type = SchemaType.STRING,
        enumeration = {"scheduled", "open", "closed"})
@JsonbTypeSerializer(Coded.AsCode.class)
public enum DiscussionStatus implements Coded {
    SCHEDULED,
    OPEN,
    CLOSED;

    /** The lower-case code used in URLs and JSON ("scheduled", "open", "closed"). */
    @Override
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The code: templates print the status as it is. */
    @Override
    public String toString() {
        return code();
    }

    /** The status of a code as {@link #code()} writes it. */
    public static Optional<DiscussionStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst();
    }
}
