package uz.muhokama.draft;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uz.muhokama.platform.error.PlainText;

/**
 * What an agency editor writes: titles and summaries, classification and clauses. The Uzbek title is
 * required in Latin ({@code titleUz}) or Cyrillic ({@code titleUzCyrl}) or both ({@link DraftEditing} checks
 * that one is given); a text in the other script's field is filed by its script ({@link DraftTexts#filed}).
 */
public record DraftForm(
        @Size(max = 500, message = "{draft.title.too-long}")
        @PlainText
        @Schema(description = "The Uzbek title in Latin script (this or titleUzCyrl is required)")
        String titleUz,

        @Size(max = 500, message = "{draft.title.too-long}")
        @PlainText
        @Schema(description = "The Uzbek title in Cyrillic script (this or titleUz is required)")
        String titleUzCyrl,

        @Size(max = 500, message = "{draft.title.too-long}") @PlainText
        String titleRu,

        @Size(max = 500, message = "{draft.title.too-long}") @PlainText
        String titleEn,

        @Size(max = 4000, message = "{draft.summary.too-long}") @PlainText
        String summaryUz,

        @Size(max = 4000, message = "{draft.summary.too-long}")
        @PlainText
        @Schema(description = "The Uzbek summary in Cyrillic script")
        String summaryUzCyrl,

        @Size(max = 4000, message = "{draft.summary.too-long}") @PlainText
        String summaryRu,

        @Size(max = 4000, message = "{draft.summary.too-long}") @PlainText
        String summaryEn,

        @NotBlank(message = "{draft.act-type.required}") @PlainText
        String actType,

        @NotBlank(message = "{draft.sector.required}") @PlainText
        String sector,

        boolean needsRia,

        @NotEmpty(message = "{draft.clauses.required}") @Size(max = 2000, message = "{draft.clauses.too-many}")
        List<@Valid ClauseInput> clauses,

        @Size(max = 2000, message = "{draft.change-note.too-long}") @PlainText
        String changeNote) {}
