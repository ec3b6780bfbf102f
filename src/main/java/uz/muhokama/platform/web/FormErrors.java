package uz.muhokama.platform.web;

import java.util.LinkedHashMap;
import java.util.Map;
import uz.muhokama.platform.error.AppException;
import uz.muhokama.platform.error.FieldError;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.i18n.Messages;

/**
 * A rejected form, said in the reader's language: one message per field to show beside it, and one
 * message for the top of the form.
 */
public record FormErrors(Map<String, String> byField, String summary) {

    public static final FormErrors NONE = new FormErrors(Map.of(), null);

    public static FormErrors of(AppException rejected, Messages messages, Language language) {
        if (rejected == null) {
            return NONE;
        }
        Map<String, String> byField = new LinkedHashMap<>();
        for (FieldError error : rejected.fieldErrors()) {
            byField.merge(
                    error.field(), messages.get(language, error.messageKey(), error.args()), (a, b) -> a + " " + b);
        }
        String summary = rejected.fieldErrors().isEmpty()
                ? messages.get(language, rejected.messageKey(), rejected.args())
                : messages.get(language, "form.fix-errors");
        return new FormErrors(byField, summary);
    }
}
