package uz.muhokama.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import uz.muhokama.discussion.DiscussionService;
import uz.muhokama.discussion.DiscussionStatus;
import uz.muhokama.draft.DraftService;
import uz.muhokama.draft.PublicDraft;
import uz.muhokama.platform.error.Conflict;
import uz.muhokama.platform.error.Forbidden;
import uz.muhokama.platform.error.ResourceNotFound;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.security.Caller;
import uz.muhokama.platform.security.CurrentCaller;
import uz.muhokama.platform.security.Role;

/**
 * Answering the questionnaires about a draft (the anti-corruption expertise, the general survey): one
 * answer set per person and draft, given, replaced or withdrawn while the discussion is open, and the
 * counts of the results kept as answers arrive (read by {@link DraftSurveyResults}).
 *
 * <p>A submission is one transaction; callers run it through
 * {@link uz.muhokama.platform.persistence.TransientFailures#retryRaces}, because two first answers
 * racing each other fail on a unique key and succeed when run again (as a replacement, or an update of
 * a count the other one inserted).
 */
@ApplicationScoped
class DraftSurveyService {

    /** Counts are split over this many stripes by respondent (see V13 and {@link #stripe}); results add them up. */
    static final int STRIPES = 16;

    @Inject
    QuestionnaireService questionnaires;

    @Inject
    DraftQuestionnaires draftQuestionnaires;

    @Inject
    SurveyAnswerRepository answers;

    @Inject
    SurveyTallyRepository tallies;

    @Inject
    DraftService drafts;

    @Inject
    DiscussionService discussions;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Clock clock;

    /** Gives or replaces the caller's answer set; only while the discussion is open. */
    @Transactional
    public GivenAnswer submit(String number, String code, Map<String, Object> raw, Language language) {
        Caller caller = currentCaller.require();
        Questionnaire questionnaire = draftQuestionnaires.current(code);
        requireAudience(questionnaire, caller);
        PublicDraft draft = drafts.publicDraft(number, language);
        Instant now = clock.instant();
        requireOpen(draft, now);
        Map<String, AnswerValue> accepted = AnswerCheck.check(
                questionnaire,
                raw,
                n -> draft.clauseNumbered(n).map(c -> new AnswerValue.ClauseRef(c.number(), c.key())));
        return store(
                questionnaire,
                draft,
                new SurveyAnswer.Respondent(caller.accountId(), caller.fullName(), caller.regionCode()),
                accepted,
                now);
    }

    /**
     * Records an answer set given at some moment, outside the discussion's window and without a caller:
     * for demo data (and for importing answers gathered before the portal existed). Checked all the same.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    GivenAnswer recordHistoric(
            String code, PublicDraft draft, SurveyAnswer.Respondent respondent, Map<String, Object> raw, Instant at) {
        Questionnaire questionnaire = draftQuestionnaires.current(code);
        return store(
                questionnaire,
                draft,
                respondent,
                AnswerCheck.check(
                        questionnaire,
                        raw,
                        n -> draft.clauseNumbered(n).map(c -> new AnswerValue.ClauseRef(c.number(), c.key()))),
                at);
    }

    /** Stores or replaces the respondent's answer set and moves the counts from the old one to the new one. */
    private GivenAnswer store(
            Questionnaire questionnaire,
            PublicDraft draft,
            SurveyAnswer.Respondent respondent,
            Map<String, AnswerValue> accepted,
            Instant now) {
        String code = questionnaire.code();
        SortedMap<SurveyTallyRepository.Counted, Long> changes = new TreeMap<>();
        String document = AnswerDocument.write(accepted);
        Optional<SurveyAnswer> earlier = answers.mineLocked(code, draft.id(), respondent.accountId());
        SurveyAnswer stored;
        if (earlier.isPresent()) {
            stored = earlier.get();
            count(changes, stored, -1);
            stored.replaceWith(questionnaire, draft.version(), respondent, document, now);
        } else {
            stored = answers.add(
                    new SurveyAnswer(questionnaire, draft.id(), draft.version(), respondent, document, now));
        }
        TallyKeys.of(accepted)
                .forEach(key ->
                        changes.merge(new SurveyTallyRepository.Counted(questionnaire.version(), key), 1L, Long::sum));
        tallies.add(code, draft.id(), stripe(questionnaire, respondent.accountId()), changes);
        return new GivenAnswer(
                stored.id(),
                questionnaire,
                draft.number(),
                respondent.name(),
                respondent.regionCode(),
                stored.submittedAt(),
                now,
                accepted);
    }

    /** The caller's answer set, with the version it was given to; 404 if they have none. */
    @Transactional
    public GivenAnswer mine(String number, String code, Language language) {
        return mineIfAny(number, code, language).orElseThrow(() -> new ResourceNotFound("survey.answer.none"));
    }

    @Transactional
    public Optional<GivenAnswer> mineIfAny(String number, String code, Language language) {
        Caller caller = currentCaller.require();
        Questionnaire questionnaire = draftQuestionnaires.current(code);
        requireAudience(questionnaire, caller);
        PublicDraft draft = drafts.publicDraft(number, language);
        return answers.mine(code, draft.id(), caller.accountId())
                .map(row -> GivenAnswer.of(row, questionnaires.version(code, row.versionNumber()), draft.number()));
    }

    /** Withdraws the caller's answer set while the discussion is open; its counts are taken back. */
    @Transactional
    public void withdraw(String number, String code, Language language) {
        Caller caller = currentCaller.require();
        Questionnaire questionnaire = draftQuestionnaires.current(code);
        requireAudience(questionnaire, caller);
        PublicDraft draft = drafts.publicDraft(number, language);
        requireOpen(draft, clock.instant());
        SurveyAnswer stored = answers.mineLocked(code, draft.id(), caller.accountId())
                .orElseThrow(() -> new ResourceNotFound("survey.answer.none"));
        SortedMap<SurveyTallyRepository.Counted, Long> changes = new TreeMap<>();
        count(changes, stored, -1);
        tallies.add(code, draft.id(), stripe(questionnaire, caller.accountId()), changes);
        answers.remove(stored);
    }

    /** Which of the draft's questionnaires the caller has answered (for the draft page). */
    @Transactional
    public List<String> answeredByCaller(long draftId) {
        return currentCaller
                .get()
                .map(c -> answers.answeredBy(draftId, c.accountId()))
                .orElse(List.of());
    }

    static void requireAudience(Questionnaire questionnaire, Caller caller) {
        if (questionnaire.audience() == Questionnaire.Audience.EXPERT && !caller.has(Role.EXPERT)) {
            throw new Forbidden("survey.experts-only");
        }
    }

    private void requireOpen(PublicDraft draft, Instant now) {
        if (draft.withdrawn()) {
            throw new Conflict("survey.draft-withdrawn");
        }
        DiscussionStatus status = discussions.statusAt(draft.id(), now);
        if (status == DiscussionStatus.SCHEDULED) {
            throw new Conflict("survey.discussion-not-open-yet");
        }
        if (status == DiscussionStatus.CLOSED) {
            throw new Conflict("survey.discussion-closed");
        }
    }

    /** Takes back (or adds) the counts of a stored answer set, in the version it was given to. */
    private void count(SortedMap<SurveyTallyRepository.Counted, Long> changes, SurveyAnswer stored, long sign) {
        Questionnaire version = questionnaires.version(stored.questionnaireCode(), stored.versionNumber());
        TallyKeys.of(AnswerDocument.read(version, stored.document()))
                .forEach(key ->
                        changes.merge(new SurveyTallyRepository.Counted(version.version(), key), sign, Long::sum));
    }

    /**
     * The stripe a respondent's counts go to. Questionnaires anyone answers are counted in {@link #STRIPES}
     * stripes, so that many people answering at once rarely wait for the same row; experts are few, and
     * the expertise has many counts (every factor, every clause), so it is counted in one: its results
     * then add up a tenth of the rows (docs/benchmarks.md).
     */
    static int stripe(Questionnaire questionnaire, long accountId) {
        return questionnaire.audience() == Questionnaire.Audience.EXPERT
                ? 0
                : (int) Math.floorMod(accountId, (long) STRIPES);
    }
}
