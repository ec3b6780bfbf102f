package uz.muhokama.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import uz.muhokama.platform.web.Params;

/** What the caller follows, over the API: their own follows only. */
@ApplicationScoped
@Path("api/v1/me/follows")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications")
public class FollowResource {

    @Inject
    Follows follows;

    @Inject
    CurrentLanguage language;

    @GET
    @Operation(
            operationId = "listMyFollows",
            summary = "What the caller follows, oldest first, labelled in their language")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @APIResponse(responseCode = "200", description = "The caller's follows (at most 50)")
    public List<FollowView> mine() {
        return follows.mine(language.get());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "follow",
            summary = "Follow a sector, an agency, a region, a published draft or a search of drafts; following "
                    + "the same thing again answers the follow there is")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @APIResponse(
            responseCode = "201",
            description = "Followed now",
            content = @Content(schema = @Schema(implementation = FollowView.class)))
    @APIResponse(
            responseCode = "200",
            description = "Followed already: the follow there is",
            content = @Content(schema = @Schema(implementation = FollowView.class)))
    @APIResponse(responseCode = "404", description = "No published draft with this number")
    public Response follow(FollowRequest request) {
        Follows.Followed followed = follows.follow(request, language.get());
        if (!followed.created()) {
            return Response.ok(followed.follow()).build();
        }
        return Response.created(URI.create("api/v1/me/follows"))
                .entity(followed.follow())
                .build();
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "unfollow", summary = "Stop following: one of the caller's follows")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @APIResponse(responseCode = "204", description = "No longer followed")
    public Response unfollow(@PathParam("id") String id) {
        follows.unfollow(Params.id(id));
        return Response.noContent().build();
    }
}
