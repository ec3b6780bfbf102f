package uz.muhokama.draft;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uz.muhokama.platform.error.AppException;
import uz.muhokama.platform.error.InvalidInput;
import uz.muhokama.platform.time.PortalTimeZone;
import uz.muhokama.platform.web.PageRedirects;

/**
 * The buttons on the agency editor's draft page that act on a saved draft: publishing, extending or
 * withdrawing its discussion, adding and removing attachments. Each goes through the same service as the
 * API, which checks the role and the agency, then back to the draft; a refusal shows the draft page again
 * with the reason.
 *
 * <p>The class path is {@link AgencyDraftPages}' own: JAX-RS merges the methods of classes with the same
 * path, and these sub-paths ({@code {number}/publish} and so on) do not clash with that class's. A class
 * path of {@code agency/drafts/{number}} would instead win every {@code /agency/drafts/{number}} request
 * by its longer literal prefix and leave the editing form unreachable.
 */
@ApplicationScoped
@Path("agency/drafts")
@Produces(MediaType.TEXT_HTML)
public class AgencyDraftActionPages {

    @Inject
    DraftPublication publication;

    @Inject
    AttachmentService attachments;

    @Inject
    AgencyDraftEditPage editPage;

    @Inject
    PortalTimeZone timeZone;

    @POST
    @Path("{number}/publish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response publish(
            @PathParam("number") String number,
            @FormParam("opensAt") String opensAt,
            @FormParam("closesAt") String closesAt) {
        return act(
                number,
                () -> publication.publish(
                        number, new PublishRequest(moment("opensAt", opensAt), moment("closesAt", closesAt))));
    }

    @POST
    @Path("{number}/extend")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response extend(
            @PathParam("number") String number,
            @FormParam("closesAt") String closesAt,
            @FormParam("reason") String reason) {
        return act(
                number, () -> publication.extend(number, new ExtensionRequest(moment("closesAt", closesAt), reason)));
    }

    @POST
    @Path("{number}/withdraw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response withdraw(@PathParam("number") String number, @FormParam("reason") String reason) {
        return act(number, () -> publication.withdraw(number, new WithdrawalRequest(reason)));
    }

    @POST
    @Path("{number}/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(hidden = true)
    public Response attach(@PathParam("number") String number, @FormParam("file") EntityPart file) {
        return act(number, () -> {
            if (file == null || file.getFileName().orElse("").isBlank()) {
                throw new InvalidInput("file", "attachment.missing");
            }
            attachments.attach(number, file.getFileName().orElse(null), file.getContent());
        });
    }

    @POST
    @Path("{number}/attachments/{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response removeAttachment(@PathParam("number") String number, @PathParam("id") long id) {
        return act(number, () -> attachments.remove(number, id));
    }

    /** Runs one action; on success back to the draft, on failure the same page with the reason. */
    private Response act(String number, Runnable action) {
        try {
            action.run();
            return PageRedirects.seeOther("/agency/drafts/" + number + "?saved");
        } catch (AppException rejected) {
            return Response.status(rejected.status())
                    .entity(editPage.asSaved(number, rejected))
                    .build();
        }
    }

    /** A date and time typed in the form, read as portal (Tashkent) time; blank means "not given". */
    private Instant moment(String field, String localDateTime) {
        if (localDateTime == null || localDateTime.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(localDateTime.trim())
                    .atZone(timeZone.zone())
                    .toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "draft.moment-invalid");
        }
    }
}
