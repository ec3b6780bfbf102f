package uz.muhokama.survey;

import java.util.List;
import java.util.Map;
import uz.muhokama.platform.i18n.Language;

/**
 * The administrator's editor: the current version's texts as form fields, and a posted form applied to
 * the current version to make the next one. The page changes wording and whether a question is
 * required; adding, removing or reordering questions goes through a JSON definition.
 *
 * <p>Field names: {@code title.uz}, {@code intro.ru}, {@code q.<code>.text.en}, {@code q.<code>.required},
 * {@code q.<code>.title.uz} (a factor's name), {@code q.<code>.option.<option>.ru}, {@code q.<code>.min.en},
 * {@code q.<code>.max.en}; a factor field's are the same under {@code f.<code>}.
 */
final class QuestionnaireEdits {

    private QuestionnaireEdits() {}

    static Questionnaire apply(Questionnaire current, Map<String, List<String>> posted) {
        return new Questionnaire(
                current.code(),
                current.version(),
                current.audience(),
                current.scope(),
                wording(posted, "title", current.title()),
                wording(posted, "intro", current.intro()),
                current.groups(),
                current.factorFields().stream()
                        .map(f -> question(posted, "f." + f.code(), f))
                        .toList(),
                current.questions().stream()
                        .map(q -> question(posted, "q." + q.code(), q))
                        .toList());
    }

    private static Question question(Map<String, List<String>> posted, String prefix, Question q) {
        List<Question.Option> options = q.options().stream()
                .map(o -> new Question.Option(o.code(), wording(posted, prefix + ".option." + o.code(), o.label())))
                .toList();
        Question.Scale scale = q.scale() == null
                ? null
                : new Question.Scale(
                        q.scale().min(),
                        q.scale().max(),
                        wording(posted, prefix + ".min", q.scale().minLabel()),
                        wording(posted, prefix + ".max", q.scale().maxLabel()));
        boolean required =
                posted.containsKey(prefix + ".text.uz") ? posted.containsKey(prefix + ".required") : q.required();
        return new Question(
                q.code(),
                q.type(),
                required,
                wording(posted, prefix + ".text", q.text()),
                options,
                q.showIf(),
                scale,
                q.multiple(),
                q.group(),
                q.title().isEmpty() ? q.title() : wording(posted, prefix + ".title", q.title()),
                q.maxLength());
    }

    /** The texts posted under a name in each language; a language not posted keeps its text. */
    private static Wording wording(Map<String, List<String>> posted, String name, Wording current) {
        Wording result = current;
        for (Language language : Language.values()) {
            List<String> values = posted.get(name + "." + language.tag());
            if (values != null && !values.isEmpty()) {
                result = result.with(language, values.get(0).strip());
            }
        }
        return result;
    }
}
