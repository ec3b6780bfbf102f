package uz.muhokama.survey;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uz.muhokama.platform.i18n.Language;

/**
 * A questionnaire version as {@code GET /api/v1/questionnaires} shows it, in the caller's language. An
 * expertise also lists its factor groups and the fields every factor check is answered with.
 */
@JsonbPropertyOrder({"code", "version", "title", "intro", "audience", "scope", "groups", "factorFields", "questions"})
public record QuestionnaireView(
        String code,
        int version,
        String title,
        String intro,
        String audience,
        String scope,
        List<OptionView> groups,
        List<QuestionView> factorFields,
        List<QuestionView> questions) {

    @JsonbPropertyOrder({
        "code",
        "type",
        "required",
        "text",
        "factor",
        "group",
        "options",
        "scale",
        "multiple",
        "maxLength",
        "showIf"
    })
    public record QuestionView(
            String code,
            String type,
            boolean required,
            String text,
            String factor,
            String group,
            List<OptionView> options,
            ScaleView scale,
            Boolean multiple,
            Integer maxLength,
            Map<String, List<String>> showIf) {}

    public record OptionView(String code, String label) {}

    @JsonbPropertyOrder({"min", "max", "minLabel", "maxLabel"})
    public record ScaleView(int min, int max, String minLabel, String maxLabel) {}

    static QuestionnaireView of(Questionnaire q, Language language) {
        return new QuestionnaireView(
                q.code(),
                q.version(),
                q.title().in(language),
                q.intro().in(language),
                q.audience().name(),
                q.scope().name().toLowerCase(Locale.ROOT),
                q.groups().isEmpty()
                        ? null
                        : q.groups().stream()
                                .map(g -> new OptionView(g.code(), g.title().in(language)))
                                .toList(),
                q.factorFields().isEmpty()
                        ? null
                        : q.factorFields().stream()
                                .map(f -> question(f, language))
                                .toList(),
                q.questions().stream().map(x -> question(x, language)).toList());
    }

    private static QuestionView question(Question q, Language language) {
        boolean text = q.type() == QuestionType.FREE_TEXT;
        return new QuestionView(
                q.code(),
                q.type().code(),
                q.required() || q.type() == QuestionType.FACTOR_CHECK,
                q.text().in(language),
                q.title().isEmpty() ? null : q.title().in(language),
                q.group(),
                q.options().isEmpty()
                        ? null
                        : q.options().stream()
                                .map(o -> new OptionView(o.code(), o.label().in(language)))
                                .toList(),
                q.scale() == null
                        ? null
                        : new ScaleView(
                                q.scale().min(),
                                q.scale().max(),
                                q.scale().minLabel().in(language),
                                q.scale().maxLabel().in(language)),
                q.type() == QuestionType.CLAUSE_REFERENCE ? q.multiple() : null,
                text ? q.maxLength() : null,
                q.showIf().isEmpty() ? null : q.showIf());
    }
}
