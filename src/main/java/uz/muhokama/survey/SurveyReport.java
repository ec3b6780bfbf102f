package uz.muhokama.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongConsumer;
import uz.muhokama.draft.PublicDraft;
import uz.muhokama.platform.excel.Spreadsheet;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.i18n.Messages;

/**
 * A draft's questionnaires as sheets of the report to the agency: for each (the anti-corruption
 * expertise, the general survey) first its results as counted (the expertise's factor × clause matrix,
 * the other questions' options, scales and clauses), then every answer set in the wording it was given
 * to. Answer sets are read a batch at a time, each batch in its own short transaction.
 */
@ApplicationScoped
public class SurveyReport {

    private static final int BATCH = 500;

    @Inject
    QuestionnaireService questionnaires;

    @Inject
    SurveyAnswerRepository answers;

    @Inject
    SurveyTallyRepository tallies;

    @Inject
    DraftQuestionnaires draftQuestionnaires;

    @Inject
    Messages messages;

    /** The draft's questionnaires, expertise first: one sheet each. */
    public List<String> questionnaireCodes() {
        return draftQuestionnaires.all().stream()
                .sorted(Comparator.comparing(q -> q.audience() == Questionnaire.Audience.EXPERT ? 0 : 1))
                .map(Questionnaire::code)
                .toList();
    }

    /** The questionnaire's current title in a language. */
    public String title(String code, Language language) {
        return questionnaires.current(code).title().in(language);
    }

    /** How many answer sets the draft's questionnaire has, and how many of them from each region (null: none given). */
    @Transactional
    public Map<String, Long> respondentsByRegion(PublicDraft draft, String code) {
        Map<String, Long> byRegion = new HashMap<>();
        for (long after = 0; ; ) {
            List<SurveyAnswer> batch = answers.after(code, draft.id(), after, BATCH * 4);
            if (batch.isEmpty()) {
                return byRegion;
            }
            batch.forEach(a -> byRegion.merge(a.respondentRegion(), 1L, Long::sum));
            after = batch.get(batch.size() - 1).id();
        }
    }

    /** Writes the questionnaire's sheet; {@code progress} hears of every batch of rows written. */
    public Spreadsheet.Table writeSheet(
            Spreadsheet workbook,
            PublicDraft draft,
            String code,
            Language language,
            Function<String, String> regionName,
            LongConsumer progress) {
        Questionnaire current = questionnaires.current(code);
        List<SurveyResults.VersionResults> versions = ResultsBuilder.build(
                tallies.counts(code, draft.id()),
                v -> questionnaires.version(code, v),
                key -> draft.clauseKeyed(key).map(c -> c.number()),
                language);
        boolean expertise = current.audience() == Questionnaire.Audience.EXPERT;
        String title = current.title().in(language);
        List<String> header = List.of(
                messages.get(language, "survey.report.question"),
                messages.get(language, "survey.report.answer"),
                messages.get(language, "survey.report.count"),
                messages.get(language, "survey.report.share"));
        Spreadsheet.Table table = workbook.table(title, header, 60, 40, 12, 12);
        table.line()
                .text(title)
                .text(messages.get(language, "survey.report.respondents"))
                .number(ResultsBuilder.respondents(versions));
        for (SurveyResults.VersionResults version : versions) {
            table.line()
                    .text(messages.get(language, "survey.report.version", version.version()))
                    .text(messages.get(language, "survey.report.respondents"))
                    .number(version.respondents());
            if (!version.factors().isEmpty()) {
                writeMatrix(table, version, language);
            }
            for (SurveyResults.QuestionResults q : version.others()) {
                writeQuestion(table, q, language);
            }
        }
        if (!expertise && versions.isEmpty()) {
            table.line().text(messages.get(language, "survey.report.none"));
        }
        table.line();
        AnswerRows rows = new AnswerRows(questionnaires, current, language, regionName);
        table.heading(rows.headers(messages));
        for (long after = 0; ; ) {
            List<SurveyAnswer> batch = answers.after(code, draft.id(), after, BATCH);
            if (batch.isEmpty()) {
                return table;
            }
            for (SurveyAnswer row : batch) {
                rows.write(
                        table,
                        GivenAnswer.of(row, questionnaires.version(code, row.versionNumber()), draft.number()),
                        row);
            }
            after = batch.get(batch.size() - 1).id();
            progress.accept(batch.size());
        }
    }

    private void writeMatrix(Spreadsheet.Table table, SurveyResults.VersionResults version, Language language) {
        List<String> clauses = version.matrixClauses();
        List<String> heading = new ArrayList<>(List.of(
                messages.get(language, "survey.report.factor"), messages.get(language, "survey.report.present")));
        clauses.forEach(c -> heading.add(messages.get(language, "survey.report.clause", c)));
        table.heading(heading);
        for (SurveyResults.QuestionResults factor : version.factors()) {
            Spreadsheet.Line line = table.line().text(factor.text()).number(factor.present());
            clauses.forEach(c -> line.number(factor.inClause(c)));
        }
    }

    private void writeQuestion(Spreadsheet.Table table, SurveyResults.QuestionResults q, Language language) {
        table.line()
                .text(q.text())
                .text(messages.get(language, "survey.report.answered"))
                .number(q.answered());
        if (q.options() != null) {
            q.options()
                    .forEach(o -> table.line()
                            .text(null)
                            .text(o.label())
                            .number(o.count())
                            .number(o.share()));
        }
        if (q.distribution() != null) {
            q.distribution()
                    .forEach(p -> table.line()
                            .text(null)
                            .text(String.valueOf(p.value()))
                            .number(p.count())
                            .number(p.share()));
            if (q.mean() != null) {
                table.line()
                        .text(null)
                        .text(messages.get(language, "survey.report.mean"))
                        .number(q.mean());
            }
        }
        if (q.clauses() != null) {
            q.clauses()
                    .forEach(c -> table.line()
                            .text(null)
                            .text(messages.get(language, "survey.report.clause", c.number()))
                            .number(c.count())
                            .number(c.share()));
        }
    }
}
