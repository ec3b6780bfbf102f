package uz.muhokama.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uz.muhokama.discussion.DiscussionStatus;
import uz.muhokama.draft.DraftService;
import uz.muhokama.draft.DraftStatus;
import uz.muhokama.draft.DraftView;
import uz.muhokama.platform.error.AppException;
import uz.muhokama.platform.i18n.CurrentLanguage;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.i18n.Messages;
import uz.muhokama.platform.persistence.TransientFailures;
import uz.muhokama.platform.security.Caller;
import uz.muhokama.platform.security.CurrentCaller;
import uz.muhokama.platform.security.Role;
import uz.muhokama.platform.time.PortalTimeZone;
import uz.muhokama.platform.web.FormErrors;
import uz.muhokama.platform.web.PageRedirects;
import uz.muhokama.platform.web.Params;
import uz.muhokama.platform.web.PostedForm;
import uz.muhokama.platform.web.View;

/**
 * The questionnaire pages: a draft's expertise and general survey (the form, filled with the reader's
 * answers, and the results), and the portal-development survey. Plain forms that work without
 * JavaScript: a post redirects back on success; a refused one shows the form again with what was
 * typed and a message beside each field.
 */
@ApplicationScoped
@Path("")
@Produces(MediaType.TEXT_HTML)
public class SurveyPages {

    private static final Set<String> NOTICES = Set.of("saved", "withdrawn", "thanks");

    @Inject
    DraftSurveyService surveys;

    @Inject
    DraftSurveyResults surveyResults;

    @Inject
    DraftQuestionnaires draftQuestionnaires;

    @Inject
    PortalSurveyService portalSurvey;

    @Inject
    QuestionnaireService questionnaires;

    @Inject
    DraftService drafts;

    @Inject
    CurrentCaller caller;

    @Inject
    CurrentLanguage language;

    @Inject
    Messages messages;

    @Inject
    PortalTimeZone timeZone;

    @Context
    HttpServletRequest request;

    @GET
    @Path("drafts/{number}/surveys/{code}")
    @Operation(hidden = true)
    public Response form(
            @PathParam("number") String number, @PathParam("code") String code, @QueryParam("done") String done) {
        if (caller.get().isEmpty()) {
            return PageRedirects.signInFirst(formPath(number, code));
        }
        Language lang = language.get();
        Questionnaire questionnaire = draftQuestionnaires.current(code);
        DraftView draft = drafts.view(number, null, lang);
        if (!mayAnswer(questionnaire)) {
            return Response.status(403)
                    .entity(formView(draft, questionnaire, null, Map.of(), FormErrors.NONE))
                    .build();
        }
        Optional<GivenAnswer> mine = surveys.mineIfAny(number, code, lang);
        Map<String, List<String>> values =
                mine.map(m -> QuestionnaireForm.values(m.answers())).orElse(Map.of());
        return Response.ok(formView(draft, questionnaire, mine.orElse(null), values, FormErrors.NONE)
                        .with("notice", done != null && NOTICES.contains(done) ? done : null))
                .build();
    }

    @POST
    @Path("drafts/{number}/surveys/{code}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response answer(@PathParam("number") String number, @PathParam("code") String code) {
        if (caller.get().isEmpty()) {
            return PageRedirects.signInFirst(formPath(number, code));
        }
        Language lang = language.get();
        Questionnaire questionnaire = draftQuestionnaires.current(code);
        Map<String, List<String>> posted = PostedForm.fields(request);
        try {
            TransientFailures.retryRaces(
                    () -> surveys.submit(number, code, QuestionnaireForm.answers(questionnaire, posted), lang));
            return PageRedirects.seeOther(formPath(number, code) + "?done=saved");
        } catch (AppException rejected) {
            DraftView draft = drafts.view(number, null, lang);
            Optional<GivenAnswer> mine =
                    rejected.status() == 403 ? Optional.empty() : surveys.mineIfAny(number, code, lang);
            Response.ResponseBuilder response = Response.status(rejected.status())
                    .entity(formView(
                            draft, questionnaire, mine.orElse(null), posted, FormErrors.of(rejected, messages, lang)));
            rejected.headers().forEach(response::header);
            return response.build();
        }
    }

    @POST
    @Path("drafts/{number}/surveys/{code}/withdraw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response withdraw(@PathParam("number") String number, @PathParam("code") String code) {
        if (caller.get().isEmpty()) {
            return PageRedirects.signInFirst(formPath(number, code));
        }
        Language lang = language.get();
        try {
            TransientFailures.retry(() -> {
                surveys.withdraw(number, code, lang);
                return null;
            });
            return PageRedirects.seeOther(formPath(number, code) + "?done=withdrawn");
        } catch (AppException rejected) {
            Questionnaire questionnaire = draftQuestionnaires.current(code);
            DraftView draft = drafts.view(number, null, lang);
            Optional<GivenAnswer> mine =
                    rejected.status() == 403 ? Optional.empty() : surveys.mineIfAny(number, code, lang);
            return Response.status(rejected.status())
                    .entity(formView(
                            draft,
                            questionnaire,
                            mine.orElse(null),
                            mine.map(m -> QuestionnaireForm.values(m.answers())).orElse(Map.of()),
                            FormErrors.of(rejected, messages, lang)))
                    .build();
        }
    }

    @GET
    @Path("drafts/{number}/surveys/{code}/results")
    @Operation(hidden = true)
    public View results(
            @PathParam("number") String number, @PathParam("code") String code, @QueryParam("page") String page) {
        Language lang = language.get();
        DraftSurveyResults.Read read = surveyResults.read(number, code, Params.page(page), lang);
        SurveyResults results = read.results();
        DraftView draft = drafts.view(number, null, lang);
        String shownBecause = null;
        if (results.status() != DiscussionStatus.CLOSED) {
            Caller reader = caller.require();
            shownBecause = reader.has(Role.ADMIN)
                            || reader.agency()
                                    .map(a -> draft.agency() != null
                                            && a.equals(draft.agency().code()))
                                    .orElse(false)
                    ? "agency"
                    : "answered";
        }
        return View.of("survey/results")
                .with("draft", draft)
                .with("results", results)
                .with("time", timeZone)
                .with("shownBecause", shownBecause)
                .with(
                        "answerSets",
                        results.answers() == null
                                ? null
                                : read.answerSets().stream()
                                        .map(g -> new ExpertAnswer(
                                                g.respondentName(),
                                                AnswerText.shown(g.questionnaire(), g.answers(), lang),
                                                g.updatedAt()))
                                        .toList());
    }

    @GET
    @Path("portal-survey")
    @Operation(hidden = true)
    public Response portalForm(@QueryParam("done") String done) {
        if (caller.get().isEmpty()) {
            return PageRedirects.signInFirst("/portal-survey");
        }
        return Response.ok(portalView(Map.of(), FormErrors.NONE).with("notice", "thanks".equals(done) ? done : null))
                .build();
    }

    @POST
    @Path("portal-survey")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response answerPortalSurvey() {
        if (caller.get().isEmpty()) {
            return PageRedirects.signInFirst("/portal-survey");
        }
        Map<String, List<String>> posted = PostedForm.fields(request);
        try {
            TransientFailures.retry(
                    () -> portalSurvey.submit(QuestionnaireForm.answers(portalSurvey.questionnaire(), posted)));
            return PageRedirects.seeOther("/portal-survey?done=thanks");
        } catch (AppException rejected) {
            Response.ResponseBuilder response = Response.status(rejected.status())
                    .entity(portalView(posted, FormErrors.of(rejected, messages, language.get())));
            rejected.headers().forEach(response::header);
            return response.build();
        }
    }

    private View portalView(Map<String, List<String>> values, FormErrors errors) {
        Language lang = language.get();
        Questionnaire questionnaire = portalSurvey.questionnaire();
        return View.of("survey/portal")
                .with(
                        "form",
                        QuestionnaireForm.of(
                                questionnaire,
                                List.of(),
                                values,
                                errors.byField(),
                                lang,
                                (key, args) -> messages.get(lang, key, args)))
                .with("formError", errors.summary());
    }

    private View formView(
            DraftView draft,
            Questionnaire questionnaire,
            GivenAnswer mine,
            Map<String, List<String>> values,
            FormErrors errors) {
        Language lang = language.get();
        boolean open = draft.status() == DraftStatus.OPEN;
        View view = View.of("survey/form")
                .with("draft", draft)
                .with("time", timeZone)
                .with("open", open)
                .with("mayAnswer", mayAnswer(questionnaire))
                .with("expertsOnly", questionnaire.audience() == Questionnaire.Audience.EXPERT)
                .with(
                        "form",
                        QuestionnaireForm.of(
                                questionnaire,
                                draft.clauses(),
                                values,
                                errors.byField(),
                                lang,
                                (key, args) -> messages.get(lang, key, args)))
                .with("formError", errors.summary())
                .with(
                        "resultsVisible",
                        caller.get().isPresent()
                                && (draft.status() == DraftStatus.CLOSED
                                        || draft.status() == DraftStatus.SUMMARY_PUBLISHED
                                        || DraftSurveyResults.resultsVisible(
                                                questionnaire,
                                                draft.agency() == null
                                                        ? null
                                                        : draft.agency().code(),
                                                DiscussionStatus.OPEN,
                                                caller.get(),
                                                () -> mine != null)));
        if (mine != null) {
            view = view.with("mine", mine)
                    .with("mineShown", AnswerText.shown(mine.questionnaire(), mine.answers(), lang))
                    .with(
                            "olderVersion",
                            mine.questionnaire().version() != questionnaire.version()
                                    ? mine.questionnaire().version()
                                    : null);
        }
        return view;
    }

    /** One expert's answers on the results page: who, what they found, when. */
    public record ExpertAnswer(String name, List<AnswerText.Shown> answers, Instant at) {

        /** The factors found present, each with its fields. */
        public List<AnswerText.Shown> factorsFound() {
            return answers.stream().filter(AnswerText.Shown::factorFound).toList();
        }

        public List<AnswerText.Shown> others() {
            return answers.stream().filter(a -> !a.isFactor()).toList();
        }
    }

    private boolean mayAnswer(Questionnaire questionnaire) {
        return questionnaire.audience() != Questionnaire.Audience.EXPERT
                || caller.get().map(c -> c.has(Role.EXPERT)).orElse(false);
    }

    private static String formPath(String number, String code) {
        return "/drafts/" + segment(number) + "/surveys/" + segment(code);
    }

    /** A path segment as it may go into a redirect, whatever was typed in the address. */
    private static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
