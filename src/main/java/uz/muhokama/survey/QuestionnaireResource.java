package uz.muhokama.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uz.muhokama.platform.i18n.CurrentLanguage;
import uz.muhokama.platform.persistence.TransientFailures;
import uz.muhokama.platform.web.Params;

/**
 * The questionnaires over the API: anyone reads them in their language; administrators publish new
 * versions; anyone signed in answers the portal-development survey, whose results administrators read.
 */
@ApplicationScoped
@Path("api/v1/questionnaires")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Surveys")
public class QuestionnaireResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    QuestionnaireService questionnaires;

    @Inject
    PortalSurveyService portalSurvey;

    @Inject
    AnswerSets answerSets;

    @Inject
    CurrentLanguage language;

    @GET
    @Operation(summary = "Every questionnaire, its current version, in the caller's language")
    public List<QuestionnaireView> list() {
        return questionnaires.all().stream().map(q -> QuestionnaireView.of(q, language.get())).toList();
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One questionnaire: its current version, or the version asked for")
    @APIResponse(responseCode = "404", description = "No such questionnaire or version")
    public QuestionnaireView get(@PathParam("code") String code, @QueryParam("version") String version) {
        return QuestionnaireView.of(version == null || version.isBlank() ? questionnaires.current(code)
                : questionnaires.version(code, Params.integer("version", version, 1)), language.get());
    }

    @GET
    @Path("{code}/definition")
    @Operation(summary = "A version's whole definition in every language, to edit and publish again (ADMIN)")
    public Response definition(@PathParam("code") String code, @QueryParam("version") String version) {
        portalSurvey.requireAdministrator();
        Questionnaire q = version == null || version.isBlank() ? questionnaires.current(code)
                : questionnaires.version(code, Params.integer("version", version, 1));
        return Response.ok(QuestionnaireDefinitions.write(q), MediaType.APPLICATION_JSON).build();
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish a new version from a whole definition (ADMIN); answers keep the version they were given to")
    @APIResponse(responseCode = "201", description = "Published as the next version")
    @APIResponse(responseCode = "400", description = "The definition breaks a rule; each place is listed")
    public Response publish(@PathParam("code") String code, String definition) {
        Questionnaire published = questionnaires.publish(code, definition);
        return Response.created(URI.create("api/v1/questionnaires/" + published.code() + "?version=" + published.version()))
                .entity(QuestionnaireView.of(published, language.get())).build();
    }

    @POST
    @Path(Questionnaire.PORTAL_DEVELOPMENT + "/answers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer the portal-development survey (signed in; as often as the rate limit allows)")
    @APIResponse(responseCode = "201", description = "Stored")
    @APIResponse(responseCode = "429", description = "Too many answers in the window; see Retry-After")
    public Response answerPortalSurvey(JsonObject body) {
        GivenAnswer stored = TransientFailures.retry(() -> portalSurvey.submit(AnswersRequest.answers(body)));
        return Response.created(URI.create("api/v1/questionnaires/" + Questionnaire.PORTAL_DEVELOPMENT + "/answers/" + stored.id()))
                .entity(answerSets.view(stored, language.get())).build();
    }

    @GET
    @Path(Questionnaire.PORTAL_DEVELOPMENT + "/results")
    @Operation(summary = "The portal-development survey's aggregates and a page of its answers (ADMIN)")
    public SurveyResults portalResults(@QueryParam("page") String page) {
        return portalSurvey.results(Params.page(page), language.get());
    }

    @GET
    @Path(Questionnaire.PORTAL_DEVELOPMENT + "/answers.xlsx")
    @Produces(XLSX)
    @Operation(summary = "Every answer to the portal-development survey as an Excel workbook (ADMIN)")
    public Response portalAnswers() {
        portalSurvey.requireAdministrator();
        var lang = language.get();
        StreamingOutput workbook = out -> portalSurvey.export(out, lang);
        return Response.ok(workbook, XLSX)
                .header("Content-Disposition", "attachment; filename=\"portal-development-answers.xlsx\"").build();
    }
}
