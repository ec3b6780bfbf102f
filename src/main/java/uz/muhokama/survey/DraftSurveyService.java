package uz.muhokama.survey;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uz.muhokama.discussion.DiscussionService;
import uz.muhokama.discussion.DiscussionStatus;
import uz.muhokama.draft.DraftService;
import uz.muhokama.draft.PublicDraft;
import uz.muhokama.platform.cache.CachePolicy;
import uz.muhokama.platform.cache.Caches;
import uz.muhokama.platform.cache.SharedCache;
import uz.muhokama.platform.error.Conflict;
import uz.muhokama.platform.error.Forbidden;
import uz.muhokama.platform.error.ResourceNotFound;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.security.Caller;
import uz.muhokama.platform.security.CurrentCaller;
import uz.muhokama.platform.security.Role;
import uz.muhokama.platform.web.Cursor;
import uz.muhokama.platform.web.Cursors;
import uz.muhokama.platform.web.Slice;

/**
 * The questionnaires answered about a draft (the anti-corruption expertise, the general survey): one
 * answer set per person and draft, given, replaced or withdrawn while the discussion is open, and the
 * results, kept as counts while answers arrive. Who may see the results: the draft's own agency (and
 * administrators) at any time, a person who answered the general survey, and everyone once the
 * discussion has closed; to anyone else they do not exist yet (404).
 *
 * <p>A submission is one transaction; callers run it through
 * {@link uz.muhokama.platform.persistence.TransientFailures#retryRaces}, because two first answers
 * racing each other fail on a unique key and succeed when run again (as a replacement, or an update of
 * a count the other one inserted).
 */
@ApplicationScoped
public class DraftSurveyService {

    /** Counts are split over this many stripes by respondent (see V13 and {@link #stripe}); results add them up. */
    static final int STRIPES = 16;
    /** Experts' answers are long (a paragraph or two per factor found): ten to a page. */
    static final int ANSWERS_PAGE_SIZE = 10;

    @Inject
    Cursors cursors;

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

    @Inject
    @ConfigProperty(name = "muhokama.surveys.section-cache-seconds", defaultValue = "30")
    long sectionCacheSeconds;

    @Inject
    Caches caches;

    private SharedCache<Boolean, List<Questionnaire>> sectionQuestionnaires;

    @PostConstruct
    void createCache() {
        sectionQuestionnaires = caches.create(CachePolicy.<List<Questionnaire>>named("draft-questionnaires")
                .withMaxEntries(1)
                .withFreshFor(Duration.ofSeconds(sectionCacheSeconds)));
    }

    /** Gives or replaces the caller's answer set; only while the discussion is open. */
    @Transactional
    public GivenAnswer submit(String number, String code, Map<String, Object> raw, Language language) {
        Caller caller = currentCaller.require();
        Questionnaire questionnaire = draftQuestionnaire(code);
        requireAudience(questionnaire, caller);
        PublicDraft draft = drafts.publicDraft(number, language);
        Instant now = clock.instant();
        requireOpen(draft, now);
        Map<String, AnswerValue> accepted = AnswerCheck.check(questionnaire, raw,
                n -> draft.clauseNumbered(n).map(c -> new AnswerValue.ClauseRef(c.number(), c.key())));
        return store(questionnaire, draft, new SurveyAnswer.Respondent(caller.accountId(), caller.fullName(), caller.regionCode()),
                accepted, now);
    }

    /**
     * Records an answer set given at some moment, outside the discussion's window and without a caller:
     * for demo data (and for importing answers gathered before the portal existed). Checked all the same.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    GivenAnswer recordHistoric(String code, PublicDraft draft, SurveyAnswer.Respondent respondent, Map<String, Object> raw, Instant at) {
        Questionnaire questionnaire = draftQuestionnaire(code);
        return store(questionnaire, draft, respondent, AnswerCheck.check(questionnaire, raw,
                n -> draft.clauseNumbered(n).map(c -> new AnswerValue.ClauseRef(c.number(), c.key()))), at);
    }

    /** Stores or replaces the respondent's answer set and moves the counts from the old one to the new one. */
    private GivenAnswer store(Questionnaire questionnaire, PublicDraft draft, SurveyAnswer.Respondent respondent,
                              Map<String, AnswerValue> accepted, Instant now) {
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
            stored = answers.add(new SurveyAnswer(questionnaire, draft.id(), draft.version(), respondent, document, now));
        }
        TallyKeys.of(accepted).forEach(key -> changes.merge(new SurveyTallyRepository.Counted(questionnaire.version(), key), 1L, Long::sum));
        tallies.add(code, draft.id(), stripe(questionnaire, respondent.accountId()), changes);
        return new GivenAnswer(stored.id(), questionnaire, draft.number(), respondent.name(), respondent.regionCode(),
                stored.submittedAt(), now, accepted);
    }

    /** The caller's answer set, with the version it was given to; 404 if they have none. */
    @Transactional
    public GivenAnswer mine(String number, String code, Language language) {
        return mineIfAny(number, code, language).orElseThrow(() -> new ResourceNotFound("survey.answer.none"));
    }

    @Transactional
    public Optional<GivenAnswer> mineIfAny(String number, String code, Language language) {
        Caller caller = currentCaller.require();
        Questionnaire questionnaire = draftQuestionnaire(code);
        requireAudience(questionnaire, caller);
        PublicDraft draft = drafts.publicDraft(number, language);
        return answers.mine(code, draft.id(), caller.accountId())
                .map(row -> GivenAnswer.of(row, questionnaires.version(code, row.versionNumber()), draft.number()));
    }

    /** Withdraws the caller's answer set while the discussion is open; its counts are taken back. */
    @Transactional
    public void withdraw(String number, String code, Language language) {
        Caller caller = currentCaller.require();
        Questionnaire questionnaire = draftQuestionnaire(code);
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
        Questionnaire current = draftQuestionnaire(code);
        PublicDraft draft = drafts.publicDraft(number, language);
        DiscussionStatus status = requireResultsVisible(current, draft);
        List<SurveyResults.VersionResults> versions = ResultsBuilder.build(tallies.counts(code, draft.id()),
                v -> questionnaires.version(code, v),
                key -> draft.clauseKeyed(key).map(c -> c.number()), language);
        long respondents = ResultsBuilder.respondents(versions);
        SurveyResults.AnswerPage answerPage = null;
        List<GivenAnswer> given = List.of();
        if (current.audience() == Questionnaire.Audience.EXPERT) {
            String filters = Cursors.filters(code, draft.id());
            Cursor after = cursors.read(cursor, "answer-sets", filters);
            long before = after == null ? (long) (Math.max(1, page) - 1) * ANSWERS_PAGE_SIZE : after.seen();
            Slice<GivenAnswer> rows = Slice.of(answerSets(current, draft, (int) before, after == null ? 0 : after.number(0)),
                    ANSWERS_PAGE_SIZE, last -> cursors.write(Cursor.after("answer-sets", filters, before + ANSWERS_PAGE_SIZE, last.id())));
            given = rows.items();
            answerPage = new SurveyResults.AnswerPage((int) Math.min(Integer.MAX_VALUE, before / ANSWERS_PAGE_SIZE + 1),
                    ANSWERS_PAGE_SIZE, respondents, given.stream().map(g -> answerSets.view(g, language)).toList(), rows.next());
        }
        return new Read(new SurveyResults(code, current.title().in(language), draft.number(), status, respondents, versions,
                answerPage), given);
    }

    /** One more than a page, from {@code first} or after {@code afterId}. */
    private List<GivenAnswer> answerSets(Questionnaire questionnaire, PublicDraft draft, int first, long afterId) {
        return answers.page(questionnaire.code(), draft.id(), first, ANSWERS_PAGE_SIZE + 1, afterId).stream()
                .map(row -> GivenAnswer.of(row, questionnaires.version(questionnaire.code(), row.versionNumber()), draft.number()))
                .toList();
    }

    private DiscussionStatus requireResultsVisible(Questionnaire questionnaire, PublicDraft draft) {
        DiscussionStatus status = discussions.statusAt(draft.id(), clock.instant());
        if (!mayReadResults(questionnaire, draft, status)) {
            throw new ResourceNotFound(questionnaire.audience() == Questionnaire.Audience.EXPERT
                    ? "survey.results.not-yet-expertise" : "survey.results.not-yet");
        }
        return status;
    }

    /** Whether the caller may read a draft questionnaire's results now. */
    private boolean mayReadResults(Questionnaire questionnaire, PublicDraft draft, DiscussionStatus status) {
        Optional<Caller> caller = currentCaller.get();
        return resultsVisible(questionnaire, draft.agencyCode(), status, caller,
                () -> answers.mine(questionnaire.code(), draft.id(), caller.orElseThrow().accountId()).isPresent());
    }

    /**
     * The rule of who reads results: everyone once the discussion has closed; before that the draft's
     * own agency and administrators, and, for the general survey, a person who has answered it (the
     * expertise stays with the agency until the end).
     */
    static boolean resultsVisible(Questionnaire questionnaire, String draftAgency, DiscussionStatus status, Optional<Caller> reader,
                                  java.util.function.BooleanSupplier readerAnswered) {
        if (status == DiscussionStatus.CLOSED) {
            return true;
        }
        if (reader.isEmpty()) {
            return false;
        }
        if (reader.get().has(Role.ADMIN) || reader.get().agency().map(a -> a.equals(draftAgency)).orElse(false)) {
            return true;
        }
        return questionnaire.audience() == Questionnaire.Audience.SIGNED_IN && readerAnswered.getAsBoolean();
    }

    /** Which of the draft's questionnaires the caller has answered (for the draft page). */
    @Transactional
    public List<String> answeredByCaller(long draftId) {
        return currentCaller.get().map(c -> answers.answeredBy(draftId, c.accountId())).orElse(List.of());
    }

    /**
     * The questionnaires answered about drafts, their current versions, for the draft page's section: kept
     * per instance for {@code muhokama.surveys.section-cache-seconds} (30), so a draft page view reads
     * no questionnaire; a newly published version's title shows there at most that late. Answers are
     * always checked against the version that is current in the database.
     */
    public List<Questionnaire> draftQuestionnaires() {
        return sectionQuestionnaires.get(Boolean.TRUE, () -> questionnaires.all().stream()
                .filter(q -> q.scope() == Questionnaire.Scope.DRAFT).toList());
    }

    Questionnaire draftQuestionnaire(String code) {
        Questionnaire questionnaire = questionnaires.current(code);
        if (questionnaire.scope() != Questionnaire.Scope.DRAFT) {
            throw new ResourceNotFound("survey.questionnaire.unknown");
        }
        return questionnaire;
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
        TallyKeys.of(AnswerDocument.read(version, stored.document())).forEach(key ->
                changes.merge(new SurveyTallyRepository.Counted(version.version(), key), sign, Long::sum));
    }

    /**
     * The stripe a respondent's counts go to. Questionnaires anyone answers are counted in {@link #STRIPES}
     * stripes, so that many people answering at once rarely wait for the same row; experts are few, and
     * the expertise has many counts (every factor, every clause), so it is counted in one: its results
     * then add up a tenth of the rows (docs/benchmarks.md).
     */
    static int stripe(Questionnaire questionnaire, long accountId) {
        return questionnaire.audience() == Questionnaire.Audience.EXPERT ? 0 : (int) Math.floorMod(accountId, (long) STRIPES);
    }
}
