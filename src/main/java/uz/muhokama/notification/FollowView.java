package uz.muhokama.notification;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One thing the person follows, with its label in their language ("Energy", "Search: «tarif», Energy")
 * and the page it is about (null for a region, which has no page of its own).
 */
@Schema(name = "Follow")
public record FollowView(
        long id,

        @Schema(enumeration = {"sector", "agency", "region", "draft", "search"})
        String target,

        @Schema(description = "The sector's, agency's or region's code")
        String code,

        @Schema(description = "The draft's number") String draft,

        @Schema(description = "A saved search's filters and words")
        FollowedSearch search,

        String label,
        String link,
        Instant createdAt) {

    /** A saved search as it was followed; filters not given are null. */
    @Schema(name = "FollowedSearch")
    public record FollowedSearch(
            String q, String sector, String actType, String agency, String region, String from, String to) {}
}
