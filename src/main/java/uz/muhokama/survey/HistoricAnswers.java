package uz.muhokama.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import uz.muhokama.account.AccountService;
import uz.muhokama.draft.DraftService;
import uz.muhokama.platform.i18n.Language;

/**
 * Records answers to a draft's questionnaires given earlier or elsewhere, with their own dates: the old
 * portal's expertise and surveys when its data is taken over, and the demo's. The answers are checked
 * against the questionnaire and counted into the results as any others; what is not asked is whether the
 * discussion is open now or the respondent may answer. Respondents are known by their account's e-mail.
 */
@ApplicationScoped
public class HistoricAnswers {

    @Inject
    DraftSurveyService surveys;

    @Inject
    DraftService drafts;

    @Inject
    AccountService accounts;

    /** The answers, as the API takes them, of the person with this e-mail to a questionnaire on the draft, given at {@code at}. */
    @Transactional
    public void record(
            String questionnaireCode,
            String draftNumber,
            String respondentEmail,
            Map<String, Object> answers,
            Instant at) {
        AccountService.Author person = accounts.authorByEmail(respondentEmail).orElseThrow();
        surveys.recordHistoric(
                questionnaireCode,
                drafts.publicDraft(draftNumber, Language.UZ),
                new SurveyAnswer.Respondent(person.id(), person.fullName(), person.regionCode()),
                answers,
                at);
    }
}
