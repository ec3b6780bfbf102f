package uz.muhokama.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uz.muhokama.platform.i18n.CurrentLanguage;
import uz.muhokama.platform.web.ApiDocs;

/** Accounts over the API: register, read, and (administrators only) set roles. */
@ApplicationScoped
@Path("api/v1/accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts")
public class AccountResource {

    @Inject
    AccountService accounts;

    @Inject
    CurrentLanguage language;

    @Context
    UriInfo uri;

    @POST
    @Operation(operationId = "registerAccount", summary = "Register a citizen account")
    @APIResponse(
            responseCode = "201",
            description = "Registered; Location names the account",
            content = @Content(schema = @Schema(implementation = AccountView.class)))
    @APIResponse(
            responseCode = "201",
            description = "Registered; Location names the account",
            content = @Content(schema = @Schema(implementation = AccountView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields or weak password")
    @APIResponse(responseCode = "409", description = "E-mail already registered")
    public Response register(NewAccount registration) {
        Account account = accounts.register(registration);
        return Response.created(
                        uri.getBaseUriBuilder().path("api/v1/accounts/{id}").build(account.id()))
                .entity(accounts.view(account, language.get()))
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getAccount", summary = "An account: its owner or an administrator")
    @SecurityRequirement(name = ApiDocs.BEARER)
    public AccountView get(@PathParam("id") long id) {
        return accounts.get(id, language.get());
    }

    @PUT
    @Path("{id}/roles")
    @Operation(operationId = "assignRoles", summary = "Grant and revoke roles (ADMIN only)")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @APIResponse(responseCode = "200", description = "The account with its new roles")
    @APIResponse(responseCode = "403", description = "Caller is not an administrator")
    public AccountView assignRoles(@PathParam("id") long id, RoleAssignment assignment) {
        return accounts.assignRoles(id, assignment, language.get());
    }
}
