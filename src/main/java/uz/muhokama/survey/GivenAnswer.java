package uz.muhokama.survey;

import java.time.Instant;
import java.util.Map;

/** A stored answer set read back with the questionnaire version it was given to. */
public record GivenAnswer(
        long id,
        Questionnaire questionnaire,
        String draftNumber,
        String respondentName,
        String respondentRegion,
        Instant submittedAt,
        Instant updatedAt,
        Map<String, AnswerValue> answers) {

    static GivenAnswer of(SurveyAnswer row, Questionnaire version, String draftNumber) {
        return new GivenAnswer(
                row.id(),
                version,
                draftNumber,
                row.respondentName(),
                row.respondentRegion(),
                row.submittedAt(),
                row.updatedAt(),
                AnswerDocument.read(version, row.document()));
    }
}
