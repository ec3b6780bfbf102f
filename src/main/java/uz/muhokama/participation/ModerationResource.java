package uz.muhokama.participation;

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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uz.muhokama.platform.i18n.CurrentLanguage;
import uz.muhokama.platform.web.ApiDocs;
import uz.muhokama.platform.web.Paged;
import uz.muhokama.platform.web.Params;
import uz.muhokama.platform.web.Slice;

/** Flags from anyone signed in; the moderator's queue, hide, restore and campaign groups. */
@ApplicationScoped
@Path("api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Moderation")
public class ModerationResource {

    /** A page of the moderator's queue, its whole length, and the cursor of the next page (null on the last). */
    @Schema(name = "ModerationQueue")
    public record Queue(List<ModerationItem> items, long total, String next) implements Paged {}

    @Inject
    ModerationService moderation;

    @Inject
    CurrentLanguage language;

    @POST
    @Path("comments/{id}/flags")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "flagComment",
            summary = "Report a comment as abusive, with a reason (signed in; once per person)")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @APIResponse(responseCode = "201", description = "Flagged")
    @APIResponse(responseCode = "409", description = "Already flagged by the caller, or not shown")
    @APIResponse(responseCode = "429", description = "Too many flags in the window; see Retry-After")
    public Response flag(@PathParam("id") String id, FlagRequest request) {
        moderation.flag(Params.id(id), request);
        return Response.status(Response.Status.CREATED).build();
    }

    @GET
    @Path("moderation/queue")
    @Operation(
            operationId = "getModerationQueue",
            summary = "Shown comments that were flagged, most flagged first (MODERATOR)")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @APIResponse(
            responseCode = "200",
            description = "A page of the queue and its whole length; page on with cursor "
                    + "(keyset: flag count and id) or page")
    @APIResponse(responseCode = "403", description = "Not a moderator")
    public Queue queue(
            @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("cursor") String cursor) {
        int pageSize = Math.min(100, Math.max(1, Params.integer("size", size, 20)));
        Slice<ModerationItem> slice = moderation.queue(Params.integer("page", page, 1), pageSize, cursor);
        return new Queue(slice.items(), moderation.queueSize(), slice.next());
    }

    @GET
    @Path("moderation/comments/{id}")
    @Operation(
            operationId = "getModeratedComment",
            summary = "A comment with its earlier texts, flags and moderation history (MODERATOR)")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @APIResponse(responseCode = "200", description = "The comment with its history")
    @APIResponse(responseCode = "403", description = "Not a moderator")
    public ModerationItem comment(@PathParam("id") String id) {
        return moderation.comment(Params.id(id));
    }

    @POST
    @Path("moderation/comments/{id}/hide")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "hideComment",
            summary = "Hide a comment from the public, with a reason (MODERATOR; audited)")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @APIResponse(responseCode = "200", description = "The comment, hidden")
    @APIResponse(responseCode = "403", description = "Not a moderator")
    @APIResponse(responseCode = "409", description = "Hidden or withdrawn already")
    public ModerationItem hide(@PathParam("id") String id, ModerationRequest request) {
        return moderation.hide(Params.id(id), request);
    }

    @POST
    @Path("moderation/comments/{id}/restore")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "restoreComment",
            summary = "Show a hidden comment again, with a reason (MODERATOR; audited)")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @APIResponse(responseCode = "200", description = "The comment, shown again")
    @APIResponse(responseCode = "403", description = "Not a moderator")
    @APIResponse(responseCode = "409", description = "The comment is not hidden")
    public ModerationItem restore(@PathParam("id") String id, ModerationRequest request) {
        return moderation.restore(Params.id(id), request);
    }

    @GET
    @Path("moderation/drafts/{number}/campaigns")
    @Operation(
            operationId = "listCampaigns",
            summary = "Identical and near-identical comments on a draft grouped, largest first (MODERATOR)")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @APIResponse(responseCode = "200", description = "The campaigns, largest first")
    @APIResponse(responseCode = "403", description = "Not a moderator")
    public List<Campaign> campaigns(@PathParam("number") String number) {
        return moderation.campaigns(number, language.get());
    }
}
