package uz.muhokama.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uz.muhokama.platform.error.RateLimit;
import uz.muhokama.platform.error.TooManyAttempts;
import uz.muhokama.platform.excel.Spreadsheet;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.i18n.Messages;
import uz.muhokama.platform.security.Caller;
import uz.muhokama.platform.security.CurrentCaller;
import uz.muhokama.platform.security.Role;
import uz.muhokama.platform.time.PortalTimeZone;
import uz.muhokama.platform.web.Cursor;
import uz.muhokama.platform.web.Cursors;
import uz.muhokama.platform.web.Slice;
import uz.muhokama.reference.ReferenceCatalog;
import uz.muhokama.reference.ReferenceList;

/**
 * The portal-development survey: anyone signed in answers it, at any time and as often as the rate
 * limit allows (counted from the stored answers, so it holds across instances); only administrators
 * read the results, every answer, and the Excel export of them all.
 */
@ApplicationScoped
class PortalSurveyService {

    /** Portal answers are counted under this subject (drafts' ids start at 100001). */
    static final long PORTAL_SUBJECT = 0;

    static final int PAGE_SIZE = 20;
    private static final int EXPORT_BATCH = 500;

    @Inject
    Cursors cursors;

    @Inject
    QuestionnaireService questionnaires;

    @Inject
    SurveyAnswerRepository answers;

    @Inject
    SurveyTallyRepository tallies;

    @Inject
    AnswerSets answerSets;

    @Inject
    ReferenceCatalog reference;

    @Inject
    Messages messages;

    @Inject
    PortalTimeZone timeZone;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "muhokama.surveys.portal.per-window", defaultValue = "5")
    int perWindow;

    @Inject
    @ConfigProperty(name = "muhokama.surveys.portal.window-seconds", defaultValue = "3600")
    long windowSeconds;

    @Transactional
    public Questionnaire questionnaire() {
        return questionnaires.current(Questionnaire.PORTAL_DEVELOPMENT);
    }

    /** Stores one more answer set from the caller; 429 with Retry-After past the limit. */
    @Transactional
    public GivenAnswer submit(Map<String, Object> raw) {
        Caller caller = currentCaller.require();
        Questionnaire questionnaire = questionnaire();
        Instant now = clock.instant();
        List<Instant> recent =
                answers.answeredSince(questionnaire.code(), caller.accountId(), now.minusSeconds(windowSeconds));
        if (recent.size() >= perWindow) {
            long wait = Duration.between(now, recent.get(0).plusSeconds(windowSeconds))
                            .toSeconds()
                    + 1;
            RateLimit limit = RateLimit.exhausted("portal-survey", perWindow, windowSeconds, wait);
            throw new TooManyAttempts(limit, "survey.portal.too-many", Math.max(1, (limit.resetSeconds() + 59) / 60));
        }
        Map<String, AnswerValue> accepted = AnswerCheck.check(questionnaire, raw, number -> Optional.empty());
        SurveyAnswer stored = answers.add(new SurveyAnswer(
                questionnaire,
                null,
                null,
                new SurveyAnswer.Respondent(caller.accountId(), caller.fullName(), caller.regionCode()),
                AnswerDocument.write(accepted),
                now));
        SortedMap<SurveyTallyRepository.Counted, Long> changes = new TreeMap<>();
        TallyKeys.of(accepted)
                .forEach(key ->
                        changes.merge(new SurveyTallyRepository.Counted(questionnaire.version(), key), 1L, Long::sum));
        tallies.add(
                questionnaire.code(),
                PORTAL_SUBJECT,
                DraftSurveyService.stripe(questionnaire, caller.accountId()),
                changes);
        return GivenAnswer.of(stored, questionnaire, null);
    }

    /** The aggregates of every version answered (administrators). */
    @Transactional
    public SurveyResults results(int page, Language language) {
        return results(page, null, language);
    }

    /** The same, the answer sets after a cursor's (keyset: the answer set's id). */
    @Transactional
    public SurveyResults results(int page, String cursor, Language language) {
        currentCaller.requireAny(Role.ADMIN);
        Questionnaire current = questionnaire();
        List<SurveyResults.VersionResults> versions = ResultsBuilder.build(
                tallies.counts(current.code(), PORTAL_SUBJECT),
                v -> questionnaires.version(current.code(), v),
                key -> Optional.empty(),
                language);
        String filters = Cursors.filters(current.code());
        Cursor after = cursors.read(cursor, "answer-sets", filters);
        long before = after == null ? (long) (Math.max(1, page) - 1) * PAGE_SIZE : after.seen();
        Slice<GivenAnswer> rows = Slice.of(
                given((int) before, PAGE_SIZE + 1, after == null ? 0 : after.number(0)),
                PAGE_SIZE,
                last -> cursors.write(Cursor.after("answer-sets", filters, before + PAGE_SIZE, last.id())));
        List<AnswerSetView> items =
                rows.items().stream().map(g -> answerSets.view(g, language)).toList();
        return new SurveyResults(
                current.code(),
                current.title().in(language),
                null,
                null,
                ResultsBuilder.respondents(versions),
                versions,
                new SurveyResults.AnswerPage(
                        (int) Math.min(Integer.MAX_VALUE, before / PAGE_SIZE + 1),
                        PAGE_SIZE,
                        answers.count(current.code(), null),
                        items,
                        rows.next()));
    }

    /** A page of every answer set, oldest first, with the versions they were given to (administrators). */
    @Transactional
    public List<GivenAnswer> answers(int page) {
        currentCaller.requireAny(Role.ADMIN);
        return given((Math.max(1, page) - 1) * PAGE_SIZE, PAGE_SIZE, 0);
    }

    private List<GivenAnswer> given(int first, int max, long afterId) {
        return answers.page(Questionnaire.PORTAL_DEVELOPMENT, null, first, max, afterId).stream()
                .map(row ->
                        GivenAnswer.of(row, questionnaires.version(row.questionnaireCode(), row.versionNumber()), null))
                .toList();
    }

    /** Checks, before a download starts, that the caller may have it. */
    public void requireAdministrator() {
        currentCaller.requireAny(Role.ADMIN);
    }

    /**
     * Writes every answer set to an Excel workbook, read from the database a batch at a time: one row
     * per answer set, one column per question of any version (headed in the current wording where the
     * question still exists), headers in the administrator's language. Outside a transaction: each batch
     * is read on its own, so a long export is not cut short by the transaction timeout (it only reads).
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void export(OutputStream out, Language language) throws IOException {
        currentCaller.requireAny(Role.ADMIN);
        Questionnaire current = questionnaire();
        AnswerRows rows = new AnswerRows(
                questionnaires,
                current,
                language,
                region -> reference
                        .find(ReferenceList.REGIONS, region, language)
                        .map(r -> r.name())
                        .orElse(null));
        try (Spreadsheet workbook = new Spreadsheet(timeZone.zone())) {
            Spreadsheet.Table sheet = workbook.table(
                    messages.get(language, "survey.export.sheet"), rows.headers(messages), rows.widths());
            long after = 0;
            for (List<SurveyAnswer> batch = answers.after(current.code(), null, after, EXPORT_BATCH);
                    !batch.isEmpty();
                    batch = answers.after(current.code(), null, after, EXPORT_BATCH)) {
                for (SurveyAnswer row : batch) {
                    rows.write(
                            sheet,
                            GivenAnswer.of(
                                    row, questionnaires.version(row.questionnaireCode(), row.versionNumber()), null),
                            row);
                    after = row.id();
                }
            }
            workbook.write(out);
        }
    }
}
