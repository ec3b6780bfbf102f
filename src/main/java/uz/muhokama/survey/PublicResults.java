package uz.muhokama.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import uz.muhokama.discussion.DiscussionService;
import uz.muhokama.discussion.DiscussionStatus;
import uz.muhokama.draft.DraftService;
import uz.muhokama.draft.PublicDraft;
import uz.muhokama.platform.i18n.Language;

/**
 * A draft's questionnaire results as counts anyone may take away (open data): only once its discussion
 * has closed, the moment they become public on the portal too. Counts only, never an answer set, so
 * no respondent can be picked out.
 */
@ApplicationScoped
public class PublicResults {

    /**
     * One count: of a questionnaire version's respondents ({@code respondents}), of those who answered a
     * question ({@code answered}), who named a factor present ({@code present}), chose an option
     * ({@code option}, value its code), a point of a scale ({@code scale}), or a clause ({@code clause},
     * value its number: for the expertise's factors, a cell of the factor × clause matrix).
     */
    public record Count(
            String draft,
            String questionnaire,
            int version,
            String question,
            boolean factor,
            String kind,
            String value,
            long count) {}

    @Inject
    SurveyTallyRepository tallies;

    @Inject
    QuestionnaireService questionnaires;

    @Inject
    DraftQuestionnaires draftQuestionnaires;

    @Inject
    DraftService drafts;

    @Inject
    DiscussionService discussions;

    @Inject
    Clock clock;

    /** The counts of every questionnaire of the draft, or none while its discussion has not closed. */
    @Transactional
    public List<Count> of(long draftId) {
        if (discussions.statusAt(draftId, clock.instant()) != DiscussionStatus.CLOSED) {
            return List.of();
        }
        PublicDraft draft = drafts.publicDraft(drafts.numberOf(draftId), Language.EN);
        List<Count> counts = new ArrayList<>();
        for (Questionnaire questionnaire : draftQuestionnaires.all()) {
            String code = questionnaire.code();
            for (SurveyResults.VersionResults version : ResultsBuilder.build(
                    tallies.counts(code, draftId),
                    v -> questionnaires.version(code, v),
                    key -> draft.clauseKeyed(key).map(c -> c.number()),
                    Language.EN)) {
                counts.add(new Count(
                        draft.number(), code, version.version(), "", false, "respondents", "", version.respondents()));
                for (SurveyResults.QuestionResults q : version.questions()) {
                    add(counts, draft.number(), code, version.version(), q);
                }
            }
        }
        return counts;
    }

    private static void add(
            List<Count> counts, String draft, String code, int version, SurveyResults.QuestionResults q) {
        counts.add(new Count(draft, code, version, q.code(), q.isFactor(), "answered", "", q.answered()));
        if (q.present() != null) {
            counts.add(new Count(draft, code, version, q.code(), q.isFactor(), "present", "", q.present()));
        }
        if (q.options() != null) {
            q.options()
                    .forEach(o -> counts.add(
                            new Count(draft, code, version, q.code(), q.isFactor(), "option", o.code(), o.count())));
        }
        if (q.distribution() != null) {
            q.distribution()
                    .forEach(p -> counts.add(new Count(
                            draft,
                            code,
                            version,
                            q.code(),
                            q.isFactor(),
                            "scale",
                            String.valueOf(p.value()),
                            p.count())));
        }
        if (q.clauses() != null) {
            q.clauses()
                    .forEach(c -> counts.add(
                            new Count(draft, code, version, q.code(), q.isFactor(), "clause", c.number(), c.count())));
        }
    }
}
