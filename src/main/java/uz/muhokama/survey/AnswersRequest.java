package uz.muhokama.survey;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Map;
import uz.muhokama.platform.error.InvalidInput;

/** The body of an answer: {@code {"answers": {"<question code>": value, ...}}}, as plain Java values. */
final class AnswersRequest {

    private AnswersRequest() {}

    /**
     * The body is taken as any JSON value, not as a JsonObject: read into a JsonObject parameter, an array was
     * a ClassCastException inside the JSON provider, answered 500; here it is the caller's 400 like any other.
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> answers(JsonValue body) {
        JsonValue answers = body instanceof JsonObject object ? object.get("answers") : null;
        if (!(answers instanceof JsonObject object)) {
            throw new InvalidInput("answers", "survey.answers.required");
        }
        return (Map<String, Object>) AnswerDocument.plainJava(object);
    }
}
