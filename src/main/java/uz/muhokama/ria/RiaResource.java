package uz.muhokama.ria;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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

/** A draft's regulatory impact assessment over the API: written whole by its agency, read by all once published. */
@ApplicationScoped
@Path("api/v1/drafts/{number}/ria")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Regulatory impact assessment")
public class RiaResource {

    @Inject
    RiaService assessments;

    @Inject
    CurrentLanguage language;

    @GET
    @Operation(
            operationId = "getImpactAssessment",
            summary =
                    "The draft's assessment, with what it still lacks for its level (the agency at any time, everyone once published)")
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiDocs.BEARER))
    @SecurityRequirementsSet
    @APIResponse(responseCode = "200", description = "The assessment with what its level still needs")
    @APIResponse(
            responseCode = "404",
            description = "No assessment, or not published yet and the caller is not the draft's agency")
    public RiaView get(@PathParam("number") String number) {
        return assessments.read(number, language.get());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "saveImpactAssessment",
            summary = "Write the whole assessment (AGENCY, the draft's own agency, while the draft is unpublished)")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @APIResponse(responseCode = "200", description = "The assessment as stored")
    @APIResponse(responseCode = "400", description = "A rule broken: every field error listed, nothing stored")
    @APIResponse(responseCode = "403", description = "Not an agency editor")
    @APIResponse(
            responseCode = "409",
            description = "The draft is published: its assessment is published with it and frozen")
    public RiaView put(@PathParam("number") String number, RiaForm form) {
        return assessments.save(number, form, language.get());
    }
}
