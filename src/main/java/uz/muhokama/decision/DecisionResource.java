package uz.muhokama.decision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uz.muhokama.platform.i18n.CurrentLanguage;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.web.ApiDocs;
import uz.muhokama.platform.web.Params;

/** The agency's decisions on its closed discussion's proposals, over the API (the draft's own agency only; 404 to others). */
@ApplicationScoped
@Path("api/v1/drafts/{number}/decisions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
public class DecisionResource {

    @Inject
    DecisionService decisions;

    @Inject
    DecisionWorkbooks workbooks;

    @Inject
    CurrentLanguage language;

    /** Decisions sent together: all stored, or none. */
    public record DecisionsRequest(List<DecisionInput> decisions) {}

    @GET
    @Operation(
            operationId = "listProposalDecisions",
            summary = "A page of proposals (20) with their decisions so far, and the counts (AGENCY, own drafts)")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @APIResponse(responseCode = "200", description = "A page of proposals with their decisions, and the counts")
    @APIResponse(responseCode = "403", description = "Not an agency editor")
    @APIResponse(responseCode = "409", description = "No report yet")
    public DecisionService.DecisionPage page(
            @PathParam("number") String number, @QueryParam("page") String page, @QueryParam("cursor") String cursor) {
        return decisions.page(number, Params.page(page), cursor, language.get());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "decideProposals",
            summary =
                    "Decide on proposals: {\"decisions\":[{\"proposal\":104512,\"decision\":\"rejected\",\"reason\":\"…\"}]}; "
                            + "decision is accepted, partlyAccepted or rejected (a reason required for the last two)")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @APIResponse(responseCode = "200", description = "Stored; the counts of decisions so far")
    @APIResponse(responseCode = "400", description = "Any decision wrong: nothing stored, each wrong one named")
    @APIResponse(responseCode = "403", description = "Not an agency editor")
    @APIResponse(responseCode = "409", description = "No report yet, or the summary is already published")
    public SummaryView.Counts decide(@PathParam("number") String number, DecisionsRequest request) {
        return decisions.decide(number, request == null ? null : request.decisions(), language.get());
    }

    @GET
    @Path("workbook")
    @Produces(ApiDocs.XLSX)
    @Operation(
            operationId = "downloadDecisionsWorkbook",
            summary =
                    "The decisions workbook to fill in: a row per proposal with a Decision drop-down and a Reason column")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @APIResponse(
            responseCode = "200",
            description = "The workbook",
            content = @Content(mediaType = ApiDocs.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "403", description = "Not an agency editor")
    @APIResponse(responseCode = "409", description = "No report yet")
    public Response workbook(@PathParam("number") String number) {
        Language lang = language.get();
        StreamingOutput out = stream -> workbooks.writeWorkbook(number, stream, lang);
        return Response.ok(out, ApiDocs.XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + number + "-decisions.xlsx\"")
                .header("Cache-Control", "private, no-store")
                .build();
    }

    @PUT
    @Path("workbook")
    @Consumes({ApiDocs.XLSX, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(
            operationId = "uploadDecisionsWorkbook",
            summary = "Upload the filled-in decisions workbook: every row valid or nothing stored")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @APIResponse(responseCode = "200", description = "Stored; the counts of decisions so far")
    @APIResponse(
            responseCode = "400",
            description = "Not the portal's decisions workbook for this draft, or rows wrong (each named)")
    @APIResponse(responseCode = "403", description = "Not an agency editor")
    @APIResponse(responseCode = "409", description = "No report yet, or the summary is already published")
    @APIResponse(responseCode = "413", description = "Larger than muhokama.decisions.max-bytes")
    public SummaryView.Counts upload(@PathParam("number") String number, InputStream body) {
        return workbooks.upload(number, body, language.get());
    }

    @POST
    @Path("publication")
    @Operation(
            operationId = "publishSummary",
            summary = "Publish the summary: every proposal must have a decision; public and final")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @APIResponse(responseCode = "200", description = "The published summary's first page")
    @APIResponse(responseCode = "403", description = "Not an agency editor")
    @APIResponse(responseCode = "409", description = "Proposals without a decision, or already published")
    public SummaryView publish(@PathParam("number") String number) {
        return decisions.publish(number, language.get());
    }
}
