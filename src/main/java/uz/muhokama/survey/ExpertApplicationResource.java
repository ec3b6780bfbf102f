package uz.muhokama.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uz.muhokama.platform.i18n.CurrentLanguage;
import uz.muhokama.platform.web.ApiDocs;
import uz.muhokama.platform.web.Paged;
import uz.muhokama.platform.web.Params;
import uz.muhokama.platform.web.Slice;

/** Applications to be an expert over the API: applying, one's own, and the administrators' queue and decisions. */
@ApplicationScoped
@Path("api/v1/expert-applications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Surveys")
public class ExpertApplicationResource {

    @Inject
    ExpertApplicationService applications;

    @Inject
    CurrentLanguage language;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "applyToBeExpert",
            summary = "Apply to give independent anti-corruption expertise (signed in)")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @APIResponse(
            responseCode = "201",
            description = "Waiting for an administrator",
            content = @Content(schema = @Schema(implementation = ExpertApplicationView.class)))
    @APIResponse(responseCode = "409", description = "Already an expert, or an application is already waiting")
    public Response apply(ExpertApplicationForm form) {
        ExpertApplicationView stored = applications.apply(form, language.get());
        return Response.created(URI.create("api/v1/expert-applications/mine"))
                .entity(stored)
                .build();
    }

    @GET
    @Path("mine")
    @Operation(
            operationId = "listMyExpertApplications",
            summary = "The caller's applications and their outcome, newest first")
    @SecurityRequirement(name = ApiDocs.BEARER)
    public List<ExpertApplicationView> mine() {
        return applications.mine(language.get());
    }

    @GET
    @Operation(
            operationId = "listExpertApplications",
            summary = "A page of applications in a state: pending (oldest first), approved or declined (ADMIN)")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @APIResponse(responseCode = "200", description = "A page of applications (20)")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    public ExpertApplicationList list(
            @QueryParam("state") String state, @QueryParam("page") String page, @QueryParam("cursor") String cursor) {
        Slice<ExpertApplicationView> slice = applications.inState(state, Params.page(page), cursor, language.get());
        return new ExpertApplicationList(slice.items(), slice.next());
    }

    /** A page of applications in one state, and the cursor of the next page (null on the last). */
    @Schema(name = "ExpertApplicationList")
    public record ExpertApplicationList(List<ExpertApplicationView> items, String next) implements Paged {}

    @POST
    @Path("{id}/approval")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "approveExpertApplication",
            summary = "Approve a waiting application: the applicant becomes an EXPERT (ADMIN; audited)")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @APIResponse(responseCode = "200", description = "The application, approved")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @APIResponse(responseCode = "409", description = "Already decided")
    public ExpertApplicationView approve(@PathParam("id") String id, ExpertDecision decision) {
        return applications.approve(Params.id(id), decision, language.get());
    }

    @POST
    @Path("{id}/decline")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "declineExpertApplication",
            summary = "Decline a waiting application with a reason the applicant reads (ADMIN; audited)")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @APIResponse(responseCode = "200", description = "The application, declined")
    @APIResponse(responseCode = "400", description = "No reason given")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @APIResponse(responseCode = "409", description = "Already decided")
    public ExpertApplicationView decline(@PathParam("id") String id, ExpertDecision decision) {
        return applications.decline(Params.id(id), decision, language.get());
    }
}
