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
import uz.muhokama.platform.security.CurrentCaller;
import uz.muhokama.platform.security.Role;
import uz.muhokama.platform.time.PortalTimeZone;
import uz.muhokama.platform.web.FormErrors;
import uz.muhokama.platform.web.PageRedirects;
import uz.muhokama.platform.web.PostedForm;
import uz.muhokama.platform.web.View;

/**
 * Answering a draft's expertise or general survey: the form, filled with the reader's answers, and
 * withdrawing them. Plain forms that work without JavaScript: a post redirects back on success; a
 * refused one shows the form again with what was typed and a message beside each field. The results
 * are {@link SurveyResultsPages}', the portal-development survey {@link PortalSurveyPages}'.
 */
@ApplicationScoped
@Path("drafts/{number}/surveys/{code}")
@Produces(MediaType.TEXT_HTML)
public class DraftSurveyPages {

    private static final Set<String> NOTICES = Set.of("saved", "withdrawn", "thanks");

    @Inject
    DraftSurveyService surveys;

    @Inject
    DraftQuestionnaires draftQuestionnaires;

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
    @Path("withdraw")
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
