package uz.muhokama.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import uz.muhokama.discussion.DiscussionService;
import uz.muhokama.discussion.DiscussionStatus;
import uz.muhokama.draft.DraftService;
import uz.muhokama.draft.PublicDraft;
import uz.muhokama.platform.error.ResourceNotFound;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.security.Caller;
import uz.muhokama.platform.security.CurrentCaller;
import uz.muhokama.platform.security.Role;
import uz.muhokama.platform.web.Cursor;
import uz.muhokama.platform.web.Cursors;
import uz.muhokama.platform.web.Slice;

/**
 * The results of a draft's questionnaires, added up from the counts kept as answers arrive
 * ({@link DraftSurveyService}), with a page of the experts' answer sets for the expertise. Who may see
 * them: the draft's own agency (and administrators) at any time, a person who answered the general
 * survey, and everyone once the discussion has closed; to anyone else they do not exist yet (404).
 */
@ApplicationScoped
class DraftSurveyResults {

    /** Experts' answers are long (a paragraph or two per factor found): ten to a page. */
    static final int ANSWERS_PAGE_SIZE = 10;

    @Inject
    Cursors cursors;

    @Inject
    DraftQuestionnaires draftQuestionnaires;

    @Inject
    QuestionnaireService questionnaires;

    @Inject
    SurveyAnswerRepository answers;

    @Inject
    SurveyTallyRepository tallies;

    @Inject
    DraftService drafts;

    @Inject
    DiscussionService discussions;

    @Inject
    AnswerSets answerSets;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Clock clock;

    /** The results, to those who may see them now (see the class comment); a page of answer sets for the expertise. */
    @Transactional
    public SurveyResults results(String number, String code, int page, Language language) {
        return results(number, code, page, null, language);
    }

    /** The same, the answer sets after a cursor's (keyset: the answer set's id). */
    @Transactional
    public SurveyResults results(String number, String code, int page, String cursor, Language language) {
        return read(number, code, page, cursor, language).results();
    }

    /** The results with the answer sets of their page as stored (for pages, which show them in words). */
    public record Read(SurveyResults results, List<GivenAnswer> answerSets) {}

    @Transactional
    public Read read(String number, String code, int page, Language language) {
        return read(number, code, page, null, language);
    }

    private Read read(String number, String code, int page, String cursor, Language language) {
        Questionnaire current = draftQuestionnaires.current(code);
        PublicDraft draft = drafts.publicDraft(number, language);
        DiscussionStatus status = requireResultsVisible(current, draft);
        List<SurveyResults.VersionResults> versions = ResultsBuilder.build(
                tallies.counts(code, draft.id()),
                v -> questionnaires.version(code, v),
                key -> draft.clauseKeyed(key).map(c -> c.number()),
                language);
        long respondents = ResultsBuilder.respondents(versions);
        SurveyResults.AnswerPage answerPage = null;
        List<GivenAnswer> given = List.of();
        if (current.audience() == Questionnaire.Audience.EXPERT) {
            String filters = Cursors.filters(code, draft.id());
            Cursor after = cursors.read(cursor, "answer-sets", filters);
            long before = after == null ? (long) (Math.max(1, page) - 1) * ANSWERS_PAGE_SIZE : after.seen();
            Slice<GivenAnswer> rows = Slice.of(
                    answerSets(current, draft, (int) before, after == null ? 0 : after.number(0)),
                    ANSWERS_PAGE_SIZE,
                    last -> cursors.write(Cursor.after("answer-sets", filters, before + ANSWERS_PAGE_SIZE, last.id())));
            given = rows.items();
            answerPage = new SurveyResults.AnswerPage(
                    (int) Math.min(Integer.MAX_VALUE, before / ANSWERS_PAGE_SIZE + 1),
                    ANSWERS_PAGE_SIZE,
                    respondents,
                    given.stream().map(g -> answerSets.view(g, language)).toList(),
                    rows.next());
        }
        return new Read(
                new SurveyResults(
                        code, current.title().in(language), draft.number(), status, respondents, versions, answerPage),
                given);
    }

    /** One more than a page, from {@code first} or after {@code afterId}. */
    private List<GivenAnswer> answerSets(Questionnaire questionnaire, PublicDraft draft, int first, long afterId) {
        return answers.page(questionnaire.code(), draft.id(), first, ANSWERS_PAGE_SIZE + 1, afterId).stream()
                .map(row -> GivenAnswer.of(
                        row, questionnaires.version(questionnaire.code(), row.versionNumber()), draft.number()))
                .toList();
    }

    private DiscussionStatus requireResultsVisible(Questionnaire questionnaire, PublicDraft draft) {
        DiscussionStatus status = discussions.statusAt(draft.id(), clock.instant());
        if (!mayReadResults(questionnaire, draft, status)) {
            throw new ResourceNotFound(
                    questionnaire.audience() == Questionnaire.Audience.EXPERT
                            ? "survey.results.not-yet-expertise"
                            : "survey.results.not-yet");
        }
        return status;
    }

    /** Whether the caller may read a draft questionnaire's results now. */
    private boolean mayReadResults(Questionnaire questionnaire, PublicDraft draft, DiscussionStatus status) {
        Optional<Caller> caller = currentCaller.get();
        return resultsVisible(
                questionnaire,
                draft.agencyCode(),
                status,
                caller,
                () -> answers.mine(
                                questionnaire.code(),
                                draft.id(),
                                caller.orElseThrow().accountId())
                        .isPresent());
    }

    /**
     * The rule of who reads results: everyone once the discussion has closed; before that the draft's
     * own agency and administrators, and, for the general survey, a person who has answered it (the
     * expertise stays with the agency until the end).
     */
    static boolean resultsVisible(
            Questionnaire questionnaire,
            String draftAgency,
            DiscussionStatus status,
            Optional<Caller> reader,
            BooleanSupplier readerAnswered) {
        if (status == DiscussionStatus.CLOSED) {
            return true;
        }
        if (reader.isEmpty()) {
            return false;
        }
        if (reader.get().has(Role.ADMIN)
                || reader.get().agency().map(a -> a.equals(draftAgency)).orElse(false)) {
            return true;
        }
        return questionnaire.audience() == Questionnaire.Audience.SIGNED_IN && readerAnswered.getAsBoolean();
    }
}
