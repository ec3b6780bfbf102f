package uz.muhokama.draft;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uz.muhokama.reference.ReferenceItem;

/**
 * A draft in a list: enough to recognise it and see where its discussion stands. {@code titleLanguage} is
 * the language tag of the title shown, {@code titleGenerated} whether it is the portal's transliteration
 * (not the official text; see {@link ShownText}).
 */
@JsonbPropertyOrder({
    "number",
    "title",
    "titleLanguage",
    "titleGenerated",
    "status",
    "sector",
    "actType",
    "agency",
    "opensAt",
    "closesAt",
    "publishedAt"
})
public record DraftSummary(
        String number,
        String title,

        @Schema(description = "The language tag of title: uz, uz-Cyrl, ru or en")
        String titleLanguage,

        @Schema(
                description =
                        "The portal's transliteration of an Uzbek text the agency gave in the other script only: not the official text")
        boolean titleGenerated,

        DraftStatus status,
        ReferenceItem sector,
        ReferenceItem actType,
        ReferenceItem agency,
        Instant opensAt,
        Instant closesAt,
        Instant publishedAt) {}
