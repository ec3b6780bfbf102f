package uz.muhokama.platform.error;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * RFC 9457 problem details, the body of every API error. {@code code} is the stable message key a
 * program can switch on; {@code title} and {@code detail} are in the caller's language.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "code", "instance", "errors"})
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String code,
        String instance,
        @JsonbNillable(false) List<InvalidField> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One rejected field with a localized message. */
    public record InvalidField(String field, String message) {}
}
