package uz.muhokama.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.Optional;
import uz.muhokama.discussion.DiscussionStatus;
import uz.muhokama.draft.DraftPageSection;
import uz.muhokama.draft.DraftView;
import uz.muhokama.draft.PublicDraft;
import uz.muhokama.platform.i18n.CurrentLanguage;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.security.Caller;
import uz.muhokama.platform.security.CurrentCaller;
import uz.muhokama.platform.security.Role;

/**
 * The draft's questionnaires on its public page: a link to each form (the expertise's for experts),
 * and a link to the results for readers who may see them. An anonymous reader costs no read (the list
 * of questionnaires is kept for a while, see {@link DraftQuestionnaires#all}); a signed-in
 * one, one small read (which of them they answered).
 */
@ApplicationScoped
class SurveySection implements DraftPageSection {

    static final String NAME = "surveys";

    @Inject
    DraftSurveyService surveys;

    @Inject
    DraftQuestionnaires draftQuestionnaires;

    @Inject
    CurrentCaller caller;

    @Inject
    CurrentLanguage language;

    @Override
    public String name() {
        return NAME;
    }

    /** What the section shows of one questionnaire. */
    public record Card(
            String code,
            String title,
            boolean expertsOnly,
            boolean mayAnswer,
            boolean answered,
            boolean resultsVisible,
            boolean applyToAnswer) {}

    /** The section: the draft's number, whether answers are taken now, whether the reader is signed in, the cards. */
    public record Model(String number, boolean open, boolean signedIn, List<Card> cards) {}

    @Override
    public Object model(DraftView draft, MultivaluedMap<String, String> query) {
        Optional<PublicDraft> current = draft.currentPublicDraft();
        if (current.isEmpty()) {
            return null;
        }
        Language lang = language.get();
        DiscussionStatus status = draft.discussion() == null
                ? DiscussionStatus.SCHEDULED
                : draft.discussion().status();
        boolean open = status == DiscussionStatus.OPEN && !current.get().withdrawn();
        Optional<Caller> reader = caller.get();
        List<String> answered =
                reader.isPresent() ? surveys.answeredByCaller(current.get().id()) : List.of();
        List<Card> cards = draftQuestionnaires.all().stream()
                .map(q -> {
                    boolean expertsOnly = q.audience() == Questionnaire.Audience.EXPERT;
                    boolean mayAnswer =
                            reader.isPresent() && (!expertsOnly || reader.get().has(Role.EXPERT));
                    boolean mine = answered.contains(q.code());
                    return new Card(
                            q.code(),
                            q.title().in(lang),
                            expertsOnly,
                            mayAnswer,
                            mine,
                            DraftSurveyResults.resultsVisible(
                                    q, current.get().agencyCode(), status, reader, () -> mine),
                            reader.isPresent() && expertsOnly && !mayAnswer);
                })
                .toList();
        return new Model(draft.number(), open, reader.isPresent(), cards);
    }
}
