package uz.muhokama.survey;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.Locale;

/** An application to be an expert, as its applicant and the administrators see it. */
@JsonbPropertyOrder({
    "id",
    "applicant",
    "status",
    "organisation",
    "qualification",
    "statement",
    "state",
    "submittedAt",
    "decidedAt",
    "reason"
})
public record ExpertApplicationView(
        long id,
        String applicant,
        QuestionnaireView.OptionView status,
        String organisation,
        String qualification,
        String statement,
        String state,
        Instant submittedAt,
        Instant decidedAt,
        String reason) {

    static ExpertApplicationView of(ExpertApplication a, QuestionnaireView.OptionView status) {
        return new ExpertApplicationView(
                a.id(),
                a.applicantName(),
                status,
                a.organisation(),
                a.qualification(),
                a.statement(),
                a.state().name().toLowerCase(Locale.ROOT),
                a.submittedAt(),
                a.decidedAt(),
                a.decisionReason());
    }

    public boolean pending() {
        return "pending".equals(state);
    }
}
