package uz.muhokama.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uz.muhokama.platform.error.AppException;
import uz.muhokama.platform.error.InvalidInput;
import uz.muhokama.platform.error.TooLarge;
import uz.muhokama.platform.i18n.CurrentLanguage;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.i18n.Messages;
import uz.muhokama.platform.security.CurrentCaller;
import uz.muhokama.platform.security.Role;
import uz.muhokama.platform.time.PortalTimeZone;
import uz.muhokama.platform.web.FormErrors;
import uz.muhokama.platform.web.PageRedirects;
import uz.muhokama.platform.web.Params;
import uz.muhokama.platform.web.PostedForm;
import uz.muhokama.platform.web.StrictJsonBodies;
import uz.muhokama.platform.web.View;

/**
 * The administrators' pages of the survey feature: applications to be an expert (approve, decline
 * with a reason), the questionnaire editor (publish a new version from the form or a JSON definition),
 * and the portal-development survey's results, answers and Excel export. Every action's role is
 * checked by the service it calls; these pages only send an anonymous visitor to sign in first.
 */
@ApplicationScoped
@Path("admin")
@Produces(MediaType.TEXT_HTML)
public class SurveyAdminPages {

    private static final Set<String> STATES = Set.of("pending", "approved", "declined");
    /** A definition file is small (the expertise's, the largest shipped, is about 60 KB). */
    static final int MAX_DEFINITION_BYTES = 1_048_576;

    @Inject
    ExpertApplicationService applications;

    @Inject
    QuestionnaireService questionnaires;

    @Inject
    PortalSurveyService portalSurvey;

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
    public Response index() {
        if (caller.get().isEmpty()) {
            return PageRedirects.signInFirst("/admin");
        }
        caller.requireAny(Role.ADMIN);
        return Response.ok(View.of("survey/admin")
                        .with("waiting", applications.count("pending"))
                        .with(
                                "questionnaires",
                                questionnaires.all().stream()
                                        .map(q -> QuestionnaireView.of(q, language.get()))
                                        .toList()))
                .build();
    }

    @GET
    @Path("expert-applications")
    @Operation(hidden = true)
    public Response applications(
            @QueryParam("state") String state, @QueryParam("page") String page, @QueryParam("done") String done) {
        if (caller.get().isEmpty()) {
            return PageRedirects.signInFirst("/admin/expert-applications");
        }
        String shown = state != null && STATES.contains(state) ? state : "pending";
        return Response.ok(applicationsView(shown, Params.page(page), null, FormErrors.NONE)
                        .with("done", "approved".equals(done) || "declined".equals(done) ? done : null))
                .build();
    }

    @POST
    @Path("expert-applications/{id}/{action: approve|decline}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response decide(
            @PathParam("id") String id, @PathParam("action") String action, @FormParam("reason") String reason) {
        if (caller.get().isEmpty()) {
            return PageRedirects.signInFirst("/admin/expert-applications");
        }
        long applicationId = Params.id(id);
        try {
            if ("approve".equals(action)) {
                applications.approve(applicationId, new ExpertDecision(reason), language.get());
            } else {
                applications.decline(applicationId, new ExpertDecision(reason), language.get());
            }
            return PageRedirects.seeOther(
                    "/admin/expert-applications?done=" + ("approve".equals(action) ? "approved" : "declined"));
        } catch (AppException rejected) {
            return Response.status(rejected.status())
                    .entity(applicationsView(
                            "pending", 1, applicationId, FormErrors.of(rejected, messages, language.get())))
                    .build();
        }
    }

    private View applicationsView(String state, int page, Long failedId, FormErrors errors) {
        return View.of("survey/admin-applications")
                .with("state", state)
                .with("pageNumber", page)
                .with("items", applications.inState(state, page, language.get()))
                .with("total", applications.count(state))
                .with("pageSize", ExpertApplicationService.PAGE_SIZE)
                .with("time", timeZone)
                .with("failedId", failedId)
                .with("errors", errors);
    }

    @GET
    @Path("questionnaires/{code}")
    @Operation(hidden = true)
    public Response editor(@PathParam("code") String code, @QueryParam("done") String done) {
        if (caller.get().isEmpty()) {
            return PageRedirects.signInFirst("/admin");
        }
        caller.requireAny(Role.ADMIN);
        Questionnaire current = questionnaires.current(code);
        return Response.ok(editorView(current, current, null, FormErrors.NONE)
                        .with("published", "published".equals(done) ? current.version() : null))
                .build();
    }

    @POST
    @Path("questionnaires/{code}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response publishEdited(@PathParam("code") String code) {
        caller.requireAny(Role.ADMIN);
        Questionnaire current = questionnaires.current(code);
        Questionnaire edited = QuestionnaireEdits.apply(current, PostedForm.fields(request));
        try {
            questionnaires.publish(code, edited);
            return PageRedirects.seeOther("/admin/questionnaires/" + current.code() + "?done=published");
        } catch (AppException rejected) {
            return Response.status(rejected.status())
                    .entity(editorView(current, edited, null, FormErrors.of(rejected, messages, language.get())))
                    .build();
        }
    }

    @POST
    @Path("questionnaires/{code}/definition")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response publishDefinition(@PathParam("code") String code, @FormParam("definition") String definition) {
        caller.requireAny(Role.ADMIN);
        Questionnaire current = questionnaires.current(code);
        try {
            questionnaires.publish(code, definition);
            return PageRedirects.seeOther("/admin/questionnaires/" + current.code() + "?done=published");
        } catch (AppException rejected) {
            return Response.status(rejected.status())
                    .entity(editorView(current, current, definition, FormErrors.of(rejected, messages, language.get())))
                    .build();
        }
    }

    /** The same from an uploaded JSON file (multipart part {@code file}; the CSRF token rides in the address). */
    @POST
    @Path("questionnaires/{code}/definition-file")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(hidden = true)
    public Response publishDefinitionFile(@PathParam("code") String code, @FormParam("file") EntityPart file)
            throws IOException {
        caller.requireAny(Role.ADMIN);
        Questionnaire current = questionnaires.current(code);
        String definition = null;
        try {
            definition = uploadedText(file);
            questionnaires.publish(code, definition);
            return PageRedirects.seeOther("/admin/questionnaires/" + current.code() + "?done=published");
        } catch (AppException rejected) {
            return Response.status(rejected.status())
                    .entity(editorView(current, current, definition, FormErrors.of(rejected, messages, language.get())))
                    .build();
        }
    }

    /** An uploaded definition as text: at most {@link #MAX_DEFINITION_BYTES}, UTF-8 (strictly: a stray byte is refused, not replaced). */
    private static String uploadedText(EntityPart file) throws IOException {
        if (file == null) {
            throw new InvalidInput("file", "survey.definition.file-missing");
        }
        try (InputStream in = file.getContent()) {
            byte[] bytes = in.readNBytes(MAX_DEFINITION_BYTES + 1);
            if (bytes.length > MAX_DEFINITION_BYTES) {
                throw new TooLarge();
            }
            return StrictJsonBodies.strictUtf8(bytes)
                    .orElseThrow(() -> new InvalidInput("file", "survey.definition.file-encoding"));
        }
    }

    @GET
    @Path("questionnaires/{code}/definition.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Response definition(@PathParam("code") String code) {
        caller.requireAny(Role.ADMIN);
        Questionnaire current = questionnaires.current(code);
        return Response.ok(QuestionnaireDefinitions.write(current), MediaType.APPLICATION_JSON)
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"" + current.code() + "-v" + current.version() + ".json\"")
                .build();
    }

    private View editorView(Questionnaire current, Questionnaire shown, String definition, FormErrors errors) {
        return View.of("survey/admin-editor")
                .with("q", shown)
                .with("current", current)
                .with("title", current.title().in(language.get()))
                .with("history", questionnaires.history(current.code()))
                .with("time", timeZone)
                .with("definition", definition == null ? "" : definition)
                .with("formError", errors.summary())
                .with("problems", errors.byField());
    }

    @GET
    @Path("portal-survey")
    @Operation(hidden = true)
    public Response portalResults(@QueryParam("page") String page) {
        if (caller.get().isEmpty()) {
            return PageRedirects.signInFirst("/admin/portal-survey");
        }
        Language lang = language.get();
        int shown = Params.page(page);
        SurveyResults results = portalSurvey.results(shown, lang);
        List<ExpertAnswer> answers = portalSurvey.answers(shown).stream()
                .map(g -> new ExpertAnswer(
                        g.respondentName(), AnswerText.shown(g.questionnaire(), g.answers(), lang), g.submittedAt()))
                .toList();
        return Response.ok(View.of("survey/admin-portal")
                        .with("results", results)
                        .with("answers", answers)
                        .with("time", timeZone))
                .build();
    }

    @GET
    @Path("portal-survey/answers.xlsx")
    @Produces(QuestionnaireResource.XLSX)
    @Operation(hidden = true)
    public Response portalExport() {
        portalSurvey.requireAdministrator();
        Language lang = language.get();
        StreamingOutput workbook = out -> portalSurvey.export(out, lang);
        return Response.ok(workbook, QuestionnaireResource.XLSX)
                .header("Content-Disposition", "attachment; filename=\"portal-development-answers.xlsx\"")
                .build();
    }
}
