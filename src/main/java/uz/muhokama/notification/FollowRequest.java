package uz.muhokama.notification;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A follow asked for, over the API or by a page's follow button. {@code target} says what: {@code sector},
 * {@code agency} or {@code region} with its {@code code}; {@code draft} with the draft's number; or
 * {@code search} with the drafts search's own filters and words (at least one of them).
 */
@Schema(name = "FollowRequest")
public record FollowRequest(
        @Schema(
                required = true,
                enumeration = {"sector", "agency", "region", "draft", "search"})
        String target,

        @Schema(description = "The sector's, agency's or region's code (target sector, agency, region)")
        String code,

        @Schema(description = "The draft's number, ID-100001 (target draft)")
        String draft,

        @Schema(description = "A saved search's words (target search)")
        String q,

        @Schema(description = "A saved search's sector code")
        String sector,

        @Schema(description = "A saved search's act type code")
        String actType,

        @Schema(description = "A saved search's agency code")
        String agency,

        @Schema(description = "A saved search's region code")
        String region,

        @Schema(description = "A saved search's earliest opening day, yyyy-MM-dd (Tashkent)")
        String from,

        @Schema(description = "A saved search's latest opening day, yyyy-MM-dd (Tashkent)")
        String to) {

    static FollowRequest ofCode(String target, String code) {
        return new FollowRequest(target, code, null, null, null, null, null, null, null, null);
    }
}
