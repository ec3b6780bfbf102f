package uz.muhokama.survey;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Map;
import uz.muhokama.platform.error.InvalidInput;

/** The body of an answer: {@code {"answers": {"<question code>": value, ...}}}, as plain Java values. */
final class AnswersRequest {

    private AnswersRequest() {}

    @SuppressWarnings("unchecked")
    static Map<String, Object> answers(JsonObject body) {
        JsonValue answers = body == null ? null : body.get("answers");
        if (!(answers instanceof JsonObject object)) {
            throw new InvalidInput("answers", "survey.answers.required");
        }
        return (Map<String, Object>) AnswerDocument.plainJava(object);
    }
}
