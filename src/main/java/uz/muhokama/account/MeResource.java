package uz.muhokama.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uz.muhokama.platform.i18n.CurrentLanguage;
import uz.muhokama.platform.web.ApiDocs;

/** Who am I: the account behind the bearer token, with its roles. */
@ApplicationScoped
@Path("api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts")
public class MeResource {

    @Inject
    AccountService accounts;

    @Inject
    CurrentLanguage language;

    @GET
    @Operation(operationId = "getMyAccount", summary = "The signed-in caller's account with its roles")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @APIResponse(responseCode = "200", description = "The account")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    public AccountView me() {
        return accounts.me(language.get());
    }
}
