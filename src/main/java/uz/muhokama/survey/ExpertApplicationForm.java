package uz.muhokama.survey;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a person says when applying to be an expert: their status (from the expertise's list), where they work, why. */
public record ExpertApplicationForm(
        @NotBlank(message = "{expert.status.required}") String status,
        @Size(max = 300, message = "{expert.organisation.too-long}") String organisation,
        @NotBlank(message = "{expert.qualification.required}") @Size(max = 2000, message = "{expert.qualification.too-long}")
        String qualification,
        @NotBlank(message = "{expert.statement.required}") @Size(max = 4000, message = "{expert.statement.too-long}")
        String statement) {}
