package uz.muhokama.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.reference.ReferenceCatalog;
import uz.muhokama.reference.ReferenceList;

/** Stored answer sets as the API shows them. */
@ApplicationScoped
class AnswerSets {

    /** The question whose answer says in what capacity a respondent answered, where a questionnaire asks it. */
    static final String STATUS_QUESTION = "expertStatus";

    @Inject
    ReferenceCatalog reference;

    public AnswerSetView view(GivenAnswer given, Language language) {
        Questionnaire q = given.questionnaire();
        QuestionnaireView.OptionView status = null;
        if (given.answers().get(STATUS_QUESTION) instanceof AnswerValue.Choice choice) {
            status = q.question(STATUS_QUESTION)
                    .flatMap(question -> question.option(choice.code()))
                    .map(o ->
                            new QuestionnaireView.OptionView(o.code(), o.label().in(language)))
                    .orElse(null);
        }
        return new AnswerSetView(
                given.id(),
                q.code(),
                q.version(),
                given.draftNumber(),
                new AnswerSetView.Respondent(
                        given.respondentName(),
                        given.respondentRegion() == null
                                ? null
                                : reference
                                        .find(ReferenceList.REGIONS, given.respondentRegion(), language)
                                        .orElse(null),
                        status),
                given.submittedAt(),
                given.updatedAt(),
                AnswerDocument.api(given.answers()));
    }
}
