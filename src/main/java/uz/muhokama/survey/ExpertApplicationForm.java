package uz.muhokama.survey;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import uz.muhokama.platform.error.PlainText;

/** What a person says when applying to be an expert: their status (from the expertise's list), where they work, why. */
public record ExpertApplicationForm(
        @NotBlank(message = "{expert.status.required}") @PlainText
        String status,

        @Size(max = 300, message = "{expert.organisation.too-long}") @PlainText
        String organisation,

        @NotBlank(message = "{expert.qualification.required}")
        @Size(max = 2000, message = "{expert.qualification.too-long}")
        @PlainText
        String qualification,

        @NotBlank(message = "{expert.statement.required}")
        @Size(max = 4000, message = "{expert.statement.too-long}")
        @PlainText
        String statement) {}
