package uz.muhokama.survey;

import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import uz.muhokama.reference.ReferenceItem;

/**
 * One answer set as the API shows it: who answered (display name, region and, where asked, their
 * status; never contact details), the questionnaire version it was given to, when, and the answers in
 * the same form as they are sent ({@code PUT .../my-answer}).
 */
@JsonbPropertyOrder({"id", "questionnaire", "version", "draft", "respondent", "submittedAt", "updatedAt", "answers"})
public record AnswerSetView(
        long id,
        String questionnaire,
        int version,
        String draft,
        Respondent respondent,
        Instant submittedAt,
        Instant updatedAt,
        JsonObject answers) {

    /** Who answered, as the public may see them. */
    @JsonbPropertyOrder({"name", "region", "status"})
    public record Respondent(String name, ReferenceItem region, QuestionnaireView.OptionView status) {}
}
