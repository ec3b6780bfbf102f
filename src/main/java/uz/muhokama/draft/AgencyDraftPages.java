package uz.muhokama.draft;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uz.muhokama.platform.error.AppException;
import uz.muhokama.platform.i18n.CurrentLanguage;
import uz.muhokama.platform.security.CurrentCaller;
import uz.muhokama.platform.security.Role;
import uz.muhokama.platform.time.PortalTimeZone;
import uz.muhokama.platform.web.PageRedirects;
import uz.muhokama.platform.web.View;

/**
 * The agency editor's own drafts and the form to write or edit one (the page itself is built by
 * {@link AgencyDraftEditPage}). Publishing, extension, withdrawal and attachments, the buttons on the
 * same page, are {@link AgencyDraftActionPages}'. Every save goes through the same service as the API,
 * which checks the role and the agency.
 */
@ApplicationScoped
@Path("agency/drafts")
@Produces(MediaType.TEXT_HTML)
public class AgencyDraftPages {

    @Inject
    DraftService drafts;

    @Inject
    DraftEditing editing;

    @Inject
    AgencyDraftEditPage editPage;

    @Inject
    CurrentLanguage language;

    @Inject
    CurrentCaller caller;

    @Inject
    PortalTimeZone timeZone;

    @GET
    @Operation(hidden = true)
    public Response list() {
        return signInFirst("/agency/drafts")
                .orElseGet(() -> Response.ok(View.of("draft/agency-list")
                                .with("drafts", drafts.ownDrafts(language.get()))
                                .with("time", timeZone))
                        .build());
    }

    @GET
    @Path("new")
    @Operation(hidden = true)
    public Response newDraft() {
        return signInFirst("/agency/drafts/new").orElseGet(() -> {
            caller.requireAny(Role.AGENCY);
            return Response.ok(editPage.blank()).build();
        });
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response create(@BeanParam DraftFormFields fields) {
        DraftForm form = fields.toForm();
        try {
            Draft draft = editing.create(form);
            return PageRedirects.seeOther("/agency/drafts/" + draft.number() + "?saved");
        } catch (AppException rejected) {
            return Response.status(rejected.status())
                    .entity(editPage.asTyped(null, form, rejected))
                    .build();
        }
    }

    @GET
    @Path("{number}")
    @Operation(hidden = true)
    public Response edit(@PathParam("number") String number, @QueryParam("saved") String saved) {
        return signInFirst("/agency/drafts/" + number)
                .orElseGet(() -> Response.ok(editPage.asSaved(number, null).with("saved", saved != null))
                        .build());
    }

    @POST
    @Path("{number}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response update(@PathParam("number") String number, @BeanParam DraftFormFields fields) {
        DraftForm form = fields.toForm();
        try {
            editing.update(number, form);
            return PageRedirects.seeOther("/agency/drafts/" + number + "?saved");
        } catch (AppException rejected) {
            return Response.status(rejected.status())
                    .entity(editPage.asTyped(number, form, rejected))
                    .build();
        }
    }

    private Optional<Response> signInFirst(String here) {
        if (caller.get().isPresent()) {
            return Optional.empty();
        }
        return Optional.of(PageRedirects.signInFirst(here));
    }
}
