package uz.muhokama.participation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uz.muhokama.platform.i18n.CurrentLanguage;
import uz.muhokama.platform.web.ApiDocs;

/** Support/oppose a draft: one vote per person, counts public. */
@ApplicationScoped
@Path("api/v1/drafts/{number}/vote")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Participation")
public class VoteResource {

    /** {"vote":"SUPPORT|OPPOSE"} */
    public record VoteRequest(String vote) {}

    @Inject
    VoteService votes;

    @Inject
    CurrentLanguage language;

    @GET
    @Operation(operationId = "getVotes", summary = "The vote counts, and the caller's own vote when signed in")
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiDocs.BEARER))
    @SecurityRequirementsSet
    public VoteTally tally(@PathParam("number") String number) {
        return votes.tally(number, language.get());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "castVote",
            summary = "Cast or change the caller's vote (signed in, while the discussion is open)")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @APIResponse(responseCode = "200", description = "The tally with the caller's vote")
    @APIResponse(responseCode = "409", description = "The discussion is not open")
    public VoteTally vote(@PathParam("number") String number, VoteRequest request) {
        return votes.vote(number, request == null ? null : request.vote(), language.get());
    }

    @DELETE
    @Operation(operationId = "withdrawVote", summary = "Withdraw the caller's vote while the discussion is open")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @APIResponse(responseCode = "200", description = "The tally without the caller's vote")
    @APIResponse(responseCode = "409", description = "The discussion is not open")
    public VoteTally withdraw(@PathParam("number") String number) {
        return votes.withdraw(number, language.get());
    }
}
