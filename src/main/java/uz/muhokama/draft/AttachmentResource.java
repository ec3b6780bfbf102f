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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uz.muhokama.platform.error.InvalidInput;
import uz.muhokama.platform.web.ApiDocs;

/** Files attached to a draft: PDF, DOCX, XLSX or ODT, checked by content; downloads are never rendered inline. */
@ApplicationScoped
@Path("api/v1/drafts/{number}/attachments")
@Tag(name = "Drafts")
public class AttachmentResource {

    @Inject
    AttachmentService attachments;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listAttachments", summary = "Attachments of a draft")
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiDocs.BEARER))
    @SecurityRequirementsSet
    public List<AttachmentView> list(@PathParam("number") String number) {
        return attachments.list(number);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addAttachment", summary = "Attach a file (multipart part 'file'; owning agency only)")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @APIResponse(
            responseCode = "201",
            description = "Attached",
            content = @Content(schema = @Schema(implementation = AttachmentView.class)))
    @APIResponse(responseCode = "400", description = "Not a PDF, DOCX, XLSX or ODT by its content, or empty")
    @APIResponse(responseCode = "403", description = "Not an agency editor")
    @APIResponse(responseCode = "413", description = "Larger than muhokama.attachments.max-bytes")
    public Response attach(
            @PathParam("number") String number,
            @FormParam("file") @Schema(type = SchemaType.STRING, format = "binary") EntityPart file) {
        if (file == null) {
            throw new InvalidInput("file", "attachment.missing");
        }
        AttachmentView saved = attachments.attach(number, file.getFileName().orElse(null), file.getContent());
        return Response.status(Response.Status.CREATED).entity(saved).build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "downloadAttachment", summary = "Download an attachment")
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiDocs.BEARER))
    @SecurityRequirementsSet
    @APIResponse(
            responseCode = "200",
            description = "The file in its own media type, always as a download",
            content = {
                @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(
                        mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = ApiDocs.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(
                        mediaType = "application/vnd.oasis.opendocument.text",
                        schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    public Response download(@PathParam("number") String number, @PathParam("id") long id) {
        Attachment file = attachments.download(number, id);
        return Response.ok(file.content(), file.mediaType())
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"" + file.fileName().replaceAll("[^A-Za-z0-9._ -]", "_")
                                + "\"; filename*=UTF-8''"
                                + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8)
                                        .replace("+", "%20"))
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .header("ETag", "\"" + file.sha256() + "\"")
                .header("Cache-Control", "private, max-age=300")
                .build();
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "removeAttachment", summary = "Remove an attachment (owning agency only)")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "403", description = "Not an agency editor")
    public Response remove(@PathParam("number") String number, @PathParam("id") long id) {
        attachments.remove(number, id);
        return Response.noContent().build();
    }
}
