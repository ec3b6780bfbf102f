package uz.muhokama.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uz.muhokama.platform.i18n.CurrentLanguage;
import uz.muhokama.platform.persistence.TransientFailures;
import uz.muhokama.platform.web.ApiDocs;
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
    @Operation(
            operationId = "listQuestionnaires",
            summary = "Every questionnaire, its current version, in the caller's language")
    public List<QuestionnaireView> list() {
        return questionnaires.all().stream()
                .map(q -> QuestionnaireView.of(q, language.get()))
                .toList();
    }

    @GET
    @Path("{code}")
    @Operation(
            operationId = "getQuestionnaire",
            summary = "One questionnaire: its current version, or the version asked for")
    @APIResponse(responseCode = "200", description = "The questionnaire in the caller's language")
    @APIResponse(responseCode = "404", description = "No such questionnaire or version")
    public QuestionnaireView get(@PathParam("code") String code, @QueryParam("version") String version) {
        return QuestionnaireView.of(
                version == null || version.isBlank()
                        ? questionnaires.current(code)
                        : questionnaires.version(code, Params.integer("version", version, 1)),
                language.get());
    }

    @GET
    @Path("{code}/definition")
    @Operation(
            operationId = "getQuestionnaireDefinition",
            summary = "A version's whole definition in every language, to edit and publish again (ADMIN)")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @APIResponse(
            responseCode = "200",
            description = "The definition, as PUT takes it back",
            content = @Content(schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "403", description = "Not an administrator")
    public Response definition(@PathParam("code") String code, @QueryParam("version") String version) {
        portalSurvey.requireAdministrator();
        Questionnaire q = version == null || version.isBlank()
                ? questionnaires.current(code)
                : questionnaires.version(code, Params.integer("version", version, 1));
        return Response.ok(QuestionnaireDefinitions.write(q), MediaType.APPLICATION_JSON)
                .build();
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "publishQuestionnaireVersion",
            summary =
                    "Publish a new version from a whole definition (ADMIN); answers keep the version they were given to")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @RequestBody(
            required = true,
            description = "A whole definition, as GET …/definition gives it",
            content = @Content(schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(
            responseCode = "201",
            description = "Published as the next version",
            content = @Content(schema = @Schema(implementation = QuestionnaireView.class)))
    @APIResponse(responseCode = "400", description = "The definition breaks a rule; each place is listed")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    public Response publish(@PathParam("code") String code, String definition) {
        Questionnaire published = questionnaires.publish(code, definition);
        return Response.created(
                        URI.create("api/v1/questionnaires/" + published.code() + "?version=" + published.version()))
                .entity(QuestionnaireView.of(published, language.get()))
                .build();
    }

    @POST
    @Path(Questionnaire.PORTAL_DEVELOPMENT + "/answers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "answerPortalSurvey",
            summary = "Answer the portal-development survey (signed in; as often as the rate limit allows)")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @RequestBody(
            required = true,
            description = "{\"answers\": {\"<question code>\": value}}",
            content = @Content(schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(
            responseCode = "201",
            description = "Stored",
            content = @Content(schema = @Schema(implementation = AnswerSetView.class)))
    @APIResponse(responseCode = "429", description = "Too many answers in the window; see Retry-After")
    @APIResponse(
            responseCode = "503",
            description =
                    "The database kept refusing the write for a passing reason; nothing stored, send it again after Retry-After")
    public Response answerPortalSurvey(JsonValue body) {
        GivenAnswer stored = TransientFailures.retry(() -> portalSurvey.submit(AnswersRequest.answers(body)));
        return Response.created(URI.create(
                        "api/v1/questionnaires/" + Questionnaire.PORTAL_DEVELOPMENT + "/answers/" + stored.id()))
                .entity(answerSets.view(stored, language.get()))
                .build();
    }

    @GET
    @Path(Questionnaire.PORTAL_DEVELOPMENT + "/results")
    @Operation(
            operationId = "getPortalSurveyResults",
            summary = "The portal-development survey's aggregates and a page of its answers (ADMIN)")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @APIResponse(responseCode = "200", description = "The aggregates and a page of answer sets")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    public SurveyResults portalResults(@QueryParam("page") String page, @QueryParam("cursor") String cursor) {
        return portalSurvey.results(Params.page(page), cursor, language.get());
    }

    @GET
    @Path(Questionnaire.PORTAL_DEVELOPMENT + "/answers.xlsx")
    @Produces(XLSX)
    @Operation(
            operationId = "exportPortalSurveyAnswers",
            summary = "Every answer to the portal-development survey as an Excel workbook (ADMIN)")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @APIResponse(
            responseCode = "200",
            description = "The workbook",
            content = @Content(mediaType = ApiDocs.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "403", description = "Not an administrator")
    public Response portalAnswers() {
        portalSurvey.requireAdministrator();
        var lang = language.get();
        StreamingOutput workbook = out -> portalSurvey.export(out, lang);
        return Response.ok(workbook, XLSX)
                .header("Content-Disposition", "attachment; filename=\"portal-development-answers.xlsx\"")
                .build();
    }
}
