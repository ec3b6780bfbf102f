package uz.muhokama.draft;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uz.muhokama.platform.error.InvalidInput;

/** Files attached to a draft: PDF, DOCX, XLSX or ODT, checked by content; downloads are never rendered inline. */
@ApplicationScoped
@Path("api/v1/drafts/{number}/attachments")
@Tag(name = "Drafts")
public class AttachmentResource {

    @Inject
    AttachmentService attachments;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Attachments of a draft")
    public List<AttachmentView> list(@PathParam("number") String number) {
        return attachments.list(number);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Attach a file (multipart part 'file'; owning agency only)")
    @APIResponse(responseCode = "400", description = "Not a PDF, DOCX, XLSX or ODT by its content, or empty")
    @APIResponse(responseCode = "413", description = "Larger than muhokama.attachments.max-bytes")
    public Response attach(@PathParam("number") String number, @FormParam("file") EntityPart file) {
        if (file == null) {
            throw new InvalidInput("file", "attachment.missing");
        }
        AttachmentView saved = attachments.attach(number, file.getFileName().orElse(null), file.getContent());
        return Response.status(Response.Status.CREATED).entity(saved).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Download an attachment")
    public Response download(@PathParam("number") String number, @PathParam("id") long id) {
        Attachment file = attachments.download(number, id);
        return Response.ok(file.content(), file.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + file.fileName().replaceAll("[^A-Za-z0-9._ -]", "_")
                        + "\"; filename*=UTF-8''" + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20"))
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .header("ETag", "\"" + file.sha256() + "\"")
                .header("Cache-Control", "private, max-age=300")
                .build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove an attachment (owning agency only)")
    public Response remove(@PathParam("number") String number, @PathParam("id") long id) {
        attachments.remove(number, id);
        return Response.noContent().build();
    }
}
