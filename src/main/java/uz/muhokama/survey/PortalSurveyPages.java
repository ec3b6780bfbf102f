package uz.muhokama.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uz.muhokama.platform.error.AppException;
import uz.muhokama.platform.i18n.CurrentLanguage;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.i18n.Messages;
import uz.muhokama.platform.persistence.TransientFailures;
import uz.muhokama.platform.security.CurrentCaller;
import uz.muhokama.platform.web.FormErrors;
import uz.muhokama.platform.web.PageRedirects;
import uz.muhokama.platform.web.PostedForm;
import uz.muhokama.platform.web.View;

/**
 * The portal-development survey, linked from every page's footer. It belongs to no draft: no discussion
 * window, no expert audience, nothing to withdraw, every post one more answer set (up to the rate
 * limit), so it shares only the questionnaire form with {@link DraftSurveyPages}. Administrators read
 * the answers on {@link SurveyAdminPages}. A refused post shows the form again with what was typed and
 * a message beside each field (a 429 keeps its Retry-After).
 */
@ApplicationScoped
@Path("portal-survey")
@Produces(MediaType.TEXT_HTML)
public class PortalSurveyPages {

    @Inject
    PortalSurveyService portalSurvey;

    @Inject
    CurrentCaller caller;

    @Inject
    CurrentLanguage language;

    @Inject
    Messages messages;

    @Context
    HttpServletRequest request;

    @GET
    @Operation(hidden = true)
    public Response portalForm(@QueryParam("done") String done) {
        if (caller.get().isEmpty()) {
            return PageRedirects.signInFirst("/portal-survey");
        }
        return Response.ok(portalView(Map.of(), FormErrors.NONE).with("notice", "thanks".equals(done) ? done : null))
                .build();
    }

    @POST
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
}
