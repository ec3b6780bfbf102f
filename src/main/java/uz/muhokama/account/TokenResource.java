package uz.muhokama.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uz.muhokama.platform.error.NotSignedIn;
import uz.muhokama.platform.security.CurrentCaller;
import uz.muhokama.platform.security.TokenKind;
import uz.muhokama.platform.web.ApiDocs;

/** API sign-in: trade e-mail and password for a bearer token; delete it to sign out. */
@ApplicationScoped
@Path("api/v1/tokens")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts")
public class TokenResource {

    @Inject
    SignInService signIns;

    @Inject
    CurrentCaller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "signIn", summary = "Sign in: returns a bearer token")
    @APIResponse(
            responseCode = "201",
            description = "Signed in: the token, its type and expiry",
            content = @Content(schema = @Schema(implementation = IssuedToken.class)))
    @APIResponse(responseCode = "401", description = "Wrong e-mail or password")
    @APIResponse(responseCode = "429", description = "Too many failed attempts; the account is locked for a while")
    public Response signIn(Credentials credentials) {
        return Response.status(Response.Status.CREATED)
                .entity(signIns.signIn(credentials, TokenKind.API))
                .build();
    }

    @DELETE
    @Path("current")
    @Operation(operationId = "signOut", summary = "Sign out: the token stops working on every instance")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @APIResponse(responseCode = "204", description = "Signed out")
    public Response signOut(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        caller.require();
        if (authorization == null || authorization.length() <= "Bearer ".length()) {
            throw new NotSignedIn();
        }
        signIns.signOut(authorization.substring("Bearer ".length()).trim());
        return Response.noContent().build();
    }
}
