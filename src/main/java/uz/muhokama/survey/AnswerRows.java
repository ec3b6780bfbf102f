package uz.muhokama.survey;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import uz.muhokama.platform.excel.Spreadsheet;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.i18n.Messages;

/**
 * Answer sets as rows of a workbook, one column per question of any version (the newest wording
 * names it), for the portal survey's export and the report to the agency.
 */
final class AnswerRows {

    private final Map<String, String> columns = new LinkedHashMap<>();
    private final Language language;
    private final Function<String, String> regionName;

    AnswerRows(
            QuestionnaireService questionnaires,
            Questionnaire current,
            Language language,
            Function<String, String> regionName) {
        this.language = language;
        this.regionName = regionName;
        for (int v = current.version(); v >= 1; v--) {
            questionnaires
                    .version(current.code(), v)
                    .questions()
                    .forEach(q -> columns.putIfAbsent(q.code(), q.text().in(language)));
        }
    }

    List<String> headers(Messages messages) {
        List<String> headers = new ArrayList<>(List.of(
                messages.get(language, "survey.export.number"),
                messages.get(language, "survey.export.submitted-at"),
                messages.get(language, "survey.export.respondent"),
                messages.get(language, "survey.export.region"),
                messages.get(language, "survey.export.version")));
        headers.addAll(columns.values());
        return headers;
    }

    int[] widths() {
        int[] widths = new int[5 + columns.size()];
        Arrays.fill(widths, 30);
        widths[0] = 8;
        widths[1] = 17;
        widths[4] = 8;
        return widths;
    }

    void write(Spreadsheet.Table workbook, GivenAnswer given, SurveyAnswer row) {
        Spreadsheet.Line line = workbook.line()
                .number(row.id())
                .instant(row.submittedAt())
                .text(row.respondentName())
                .text(row.respondentRegion() == null ? null : regionName.apply(row.respondentRegion()))
                .number(row.versionNumber());
        for (String code : columns.keySet()) {
            AnswerValue value = given.answers().get(code);
            if (value instanceof AnswerValue.ScaleValue scale) {
                line.number(scale.value());
            } else {
                line.text(value == null ? null : AnswerText.of(given.questionnaire(), code, value, language));
            }
        }
    }
}
