package uz.muhokama.draft;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import uz.muhokama.platform.error.PlainText;

/** A clause as the editor sends it; {@code key} keeps the identity of an existing clause. */
public record ClauseInput(
        @PlainText String key,

        @NotBlank(message = "{draft.clause.number-required}")
        @Size(max = 32, message = "{draft.clause.number-too-long}")
        @PlainText
        String number,

        @Size(max = 500, message = "{draft.clause.heading-too-long}") @PlainText
        String heading,

        @NotBlank(message = "{draft.clause.text-required}")
        @Size(max = 30000, message = "{draft.clause.text-too-long}")
        @PlainText
        String text) {}
