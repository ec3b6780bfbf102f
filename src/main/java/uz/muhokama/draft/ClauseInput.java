package uz.muhokama.draft;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uz.muhokama.platform.error.PlainText;

/**
 * A clause as the editor sends it; {@code key} keeps the identity of an existing clause. Its Uzbek text is
 * given in Latin ({@code heading}, {@code text}), in Cyrillic ({@code headingCyrl}, {@code textCyrl}) or
 * both: one text is required ({@link DraftEditing} checks it), and each is filed by its script.
 */
public record ClauseInput(
        @PlainText String key,

        @NotBlank(message = "{draft.clause.number-required}")
        @Size(max = 32, message = "{draft.clause.number-too-long}")
        @PlainText
        String number,

        @Size(max = 500, message = "{draft.clause.heading-too-long}") @PlainText
        String heading,

        @Size(max = 30000, message = "{draft.clause.text-too-long}") @PlainText
        String text,

        @Size(max = 500, message = "{draft.clause.heading-too-long}")
        @PlainText
        @Schema(description = "The heading in Uzbek Cyrillic script")
        String headingCyrl,

        @Size(max = 30000, message = "{draft.clause.text-too-long}")
        @PlainText
        @Schema(description = "The text in Uzbek Cyrillic script (this or text is required)")
        String textCyrl) {

    // One constructor only: JSON-B makes a record through its canonical constructor, and a second one leaves it
    // unable to choose (every draft sent on the API was then a malformed request).

    /** Whether an Uzbek text is given in either script. */
    boolean hasText() {
        return DraftTexts.trimToNull(text) != null || DraftTexts.trimToNull(textCyrl) != null;
    }
}
