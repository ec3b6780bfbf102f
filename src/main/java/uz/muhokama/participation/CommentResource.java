package uz.muhokama.participation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uz.muhokama.platform.i18n.CurrentLanguage;
import uz.muhokama.platform.persistence.TransientFailures;
import uz.muhokama.platform.web.ApiDocs;
import uz.muhokama.platform.web.Conditional;
import uz.muhokama.platform.web.Params;

/** Comments on a draft over the API: public lists; writing, editing and withdrawing for signed-in people. */
@ApplicationScoped
@Path("api/v1/drafts/{number}/comments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Participation")
public class CommentResource {

    @Inject
    CommentService comments;

    @Inject
    CommentThreads threads;

    @Inject
    CurrentLanguage language;

    @Context
    UriInfo uri;

    @GET
    @Operation(
            operationId = "listComments",
            summary = "A page of a draft's comments with their replies",
            description = "clause narrows to one clause (by its number in the current version); sort is newest|oldest. "
                    + "Page on with cursor (next of the previous page; keyset: time written and id) or page.")
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiDocs.BEARER))
    @SecurityRequirementsSet
    @APIResponse(responseCode = "200", description = "A page of top-level comments with their replies")
    @APIResponse(responseCode = "304", description = ApiDocs.NOT_MODIFIED_ANSWER)
    @APIResponse(
            responseCode = "400",
            description = "Unknown clause or sort, malformed paging, a cursor not of this list")
    // Revalidated on every read (a new comment should show at once), and per caller: mine and editable.
    @Conditional(visibility = Conditional.Visibility.PER_CALLER)
    public CommentPage list(
            @PathParam("number") String number,
            @QueryParam("clause") String clause,
            @QueryParam("page") String page,
            @QueryParam("size") String size,
            @QueryParam("sort") String sort,
            @QueryParam("cursor") String cursor) {
        return threads.list(
                number,
                clause,
                Params.integer("page", page, 1),
                Params.integer("size", size, 20),
                sort,
                cursor,
                language.get());
    }

    @GET
    @Path("counts")
    @Operation(
            operationId = "countComments",
            summary = "Shown comments per clause number; the empty key counts the whole draft")
    @APIResponse(responseCode = "200", description = "The counts")
    @APIResponse(responseCode = "304", description = ApiDocs.NOT_MODIFIED_ANSWER)
    @Conditional(byLanguage = false) // numbers by clause number: the same for everyone in every language
    public Map<String, Long> counts(@PathParam("number") String number) {
        return threads.countsByClause(number, language.get());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "postComment",
            summary =
                    "Comment on the draft, on one clause, or reply to a comment (signed in, while the discussion is open)")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @APIResponse(
            responseCode = "201",
            description = "Stored; Location names the comment",
            content = @Content(schema = @Schema(implementation = CommentView.class)))
    @APIResponse(
            responseCode = "409",
            description = "The discussion is not open, or the draft was withdrawn; nothing stored")
    @APIResponse(responseCode = "429", description = "Too many comments in the window; see Retry-After")
    @APIResponse(
            responseCode = "503",
            description =
                    "The database kept refusing the write for a passing reason; nothing stored, send it again after Retry-After")
    public Response post(@PathParam("number") String number, NewComment comment) {
        CommentView stored = TransientFailures.retry(() -> comments.post(number, comment, language.get()));
        // Written out, not through RESTEasy's URI template, whose regular expressions were about 2 % of
        // intake's CPU (docs/benchmarks.md). The number is safe to write as it is: the draft was found by
        // it, so it is digits with an optional "ID-" (DraftNumber.idFrom), once trimmed.
        String base = uri.getBaseUri().toString();
        URI location = URI.create(
                base + (base.endsWith("/") ? "" : "/") + "api/v1/drafts/" + number.trim() + "/comments/" + stored.id());
        return Response.created(location).entity(stored).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "editComment",
            summary = "The author edits their comment within the edit window; the earlier text is kept")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @APIResponse(responseCode = "200", description = "The comment as edited")
    @APIResponse(responseCode = "403", description = "Not the author")
    @APIResponse(responseCode = "409", description = "The edit window has passed, or the discussion is not open")
    public CommentView edit(@PathParam("number") String number, @PathParam("id") String id, CommentEdit edit) {
        return comments.edit(number, Params.id(id), edit, language.get());
    }

    @DELETE
    @Path("{id}")
    @Operation(
            operationId = "withdrawComment",
            summary = "The author withdraws their comment while the discussion is open")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @APIResponse(responseCode = "204", description = "Withdrawn")
    @APIResponse(responseCode = "403", description = "Not the author")
    @APIResponse(responseCode = "409", description = "Withdrawn already, or the discussion is not open")
    public Response withdraw(@PathParam("number") String number, @PathParam("id") String id) {
        comments.withdraw(number, Params.id(id), language.get());
        return Response.noContent().build();
    }
}
