/**
 * Surveys: the structured opinions the portal gathers beside comments (docs/surveys.md). Questionnaires
 * are data with versions ({@link uz.muhokama.survey.Questionnaire}, {@link uz.muhokama.survey.QuestionnaireService}):
 * the three the domain brief ships are installed at start, and an administrator publishes new versions;
 * answers keep the version they were given to. Three questionnaires use them: the anti-corruption
 * expertise of a draft (experts only; people apply to be one, {@link uz.muhokama.survey.ExpertApplicationService}),
 * the general survey of a draft (anyone signed in), both answered through {@link uz.muhokama.survey.DraftSurveyService}
 * and read through {@link uz.muhokama.survey.DraftSurveyResults},
 * and the portal-development survey ({@link uz.muhokama.survey.PortalSurveyService}), whose results only
 * administrators read. Results come from counts kept as answers arrive, never from reading every answer.
 * Uses {@code draft} (which drafts and clauses exist), {@code discussion} (whether answers are accepted now)
 * and {@code account} (granting the EXPERT role); contributes a section to the draft page through
 * {@link uz.muhokama.draft.DraftPageSection} and one to the profile page through
 * {@link uz.muhokama.account.ProfileSection}.
 */
package uz.muhokama.survey;
