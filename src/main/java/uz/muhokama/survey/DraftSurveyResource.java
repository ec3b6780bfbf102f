package uz.muhokama.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uz.muhokama.platform.i18n.CurrentLanguage;
import uz.muhokama.platform.persistence.TransientFailures;
import uz.muhokama.platform.web.ApiDocs;
import uz.muhokama.platform.web.Params;

/**
 * A draft's questionnaires over the API ({@code anti-corruption-expertise}, {@code general-survey}):
 * the caller's own answer set, and the results for those who may see them.
 */
@ApplicationScoped
@Path("api/v1/drafts/{number}/questionnaires/{code}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Surveys")
public class DraftSurveyResource {

    @Inject
    DraftSurveyService surveys;

    @Inject
    DraftSurveyResults surveyResults;

    @Inject
    AnswerSets answerSets;

    @Inject
    CurrentLanguage language;

    @GET
    @Path("my-answer")
    @Operation(
            operationId = "getMyAnswer",
            summary = "The caller's answer set, with the questionnaire version it was given to")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @APIResponse(responseCode = "200", description = "The caller's answer set")
    @APIResponse(responseCode = "403", description = "The questionnaire is for experts")
    @APIResponse(responseCode = "404", description = "No answer yet, or no such draft or questionnaire")
    public AnswerSetView mine(@PathParam("number") String number, @PathParam("code") String code) {
        return answerSets.view(surveys.mine(number, code, language.get()), language.get());
    }

    @PUT
    @Path("my-answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "saveMyAnswer",
            summary = "Give or replace the caller's answer set while the discussion is open",
            description = "Body {\"answers\": {\"<question code>\": value}}. The expertise is for EXPERTs only.")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @RequestBody(
            required = true,
            description = "{\"answers\": {\"<question code>\": value}}",
            content = @Content(schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "200", description = "Stored (created or replaced)")
    @APIResponse(
            responseCode = "400",
            description = "An answer breaks its questionnaire's rules; each field is listed, nothing stored")
    @APIResponse(responseCode = "403", description = "The questionnaire is for experts")
    @APIResponse(responseCode = "409", description = "The discussion is not open; nothing stored")
    @APIResponse(
            responseCode = "503",
            description =
                    "The database kept refusing the write for a passing reason; nothing stored, send it again after Retry-After")
    public AnswerSetView answer(@PathParam("number") String number, @PathParam("code") String code, JsonValue body) {
        GivenAnswer stored = TransientFailures.retryRaces(
                () -> surveys.submit(number, code, AnswersRequest.answers(body), language.get()));
        return answerSets.view(stored, language.get());
    }

    @DELETE
    @Path("my-answer")
    @Operation(
            operationId = "withdrawMyAnswer",
            summary = "Withdraw the caller's answer set while the discussion is open")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @APIResponse(responseCode = "204", description = "Withdrawn")
    @APIResponse(responseCode = "409", description = "The discussion is not open")
    @APIResponse(
            responseCode = "503",
            description =
                    "The database kept refusing the write for a passing reason; nothing changed, send it again after Retry-After")
    public Response withdraw(@PathParam("number") String number, @PathParam("code") String code) {
        TransientFailures.retry(() -> {
            surveys.withdraw(number, code, language.get());
            return null;
        });
        return Response.noContent().build();
    }

    @GET
    @Path("results")
    @Operation(
            operationId = "getSurveyResults",
            summary =
                    "The results: the agency's at any time, a respondent's to the general survey after answering, everyone's after closing",
            description = "For the expertise, page pages through the experts' answers (10 a page).")
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiDocs.BEARER))
    @SecurityRequirementsSet
    @APIResponse(responseCode = "200", description = "The results")
    @APIResponse(responseCode = "404", description = "Not visible to the caller yet, or no such draft or questionnaire")
    public SurveyResults results(
            @PathParam("number") String number,
            @PathParam("code") String code,
            @QueryParam("page") String page,
            @QueryParam("cursor") String cursor) {
        return surveyResults.results(number, code, Params.page(page), cursor, language.get());
    }
}
