package uz.muhokama.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uz.muhokama.platform.i18n.CurrentLanguage;
import uz.muhokama.platform.web.ApiDocs;
import uz.muhokama.platform.web.Conditional;

/**
 * The reference lists as JSON. Public; the name follows {@code ?lang=} or {@code Accept-Language}. They change
 * only with a migration, and ReferenceCatalog keeps them five minutes anyway: caches may too.
 */
@ApplicationScoped
@Conditional(maxAge = 300)
@Path("api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data")
public class ReferenceResource {

    @Inject
    ReferenceCatalog catalog;

    @Inject
    CurrentLanguage language;

    @GET
    @Path("sectors")
    @Operation(operationId = "listSectors", summary = "The sectors drafts are filed under")
    @APIResponse(
            responseCode = "200",
            description = "The list, in the caller's language; may be cached for five minutes",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ReferenceItem.class)))
    @APIResponse(responseCode = "304", description = ApiDocs.NOT_MODIFIED_ANSWER)
    public Response sectors() {
        return listOf(ReferenceList.SECTORS);
    }

    @GET
    @Path("act-types")
    @Operation(operationId = "listActTypes", summary = "Types of normative legal acts")
    @APIResponse(
            responseCode = "200",
            description = "The list, in the caller's language; may be cached for five minutes",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ReferenceItem.class)))
    @APIResponse(responseCode = "304", description = ApiDocs.NOT_MODIFIED_ANSWER)
    public Response actTypes() {
        return listOf(ReferenceList.ACT_TYPES);
    }

    @GET
    @Path("regions")
    @Operation(operationId = "listRegions", summary = "Regions of Uzbekistan (ISO 3166-2:UZ codes)")
    @APIResponse(
            responseCode = "200",
            description = "The list, in the caller's language; may be cached for five minutes",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ReferenceItem.class)))
    @APIResponse(responseCode = "304", description = ApiDocs.NOT_MODIFIED_ANSWER)
    public Response regions() {
        return listOf(ReferenceList.REGIONS);
    }

    @GET
    @Path("agencies")
    @Operation(operationId = "listAgencies", summary = "Drafting agencies")
    @APIResponse(
            responseCode = "200",
            description = "The list, in the caller's language; may be cached for five minutes",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ReferenceItem.class)))
    @APIResponse(responseCode = "304", description = ApiDocs.NOT_MODIFIED_ANSWER)
    public Response agencies() {
        return listOf(ReferenceList.AGENCIES);
    }

    private Response listOf(ReferenceList list) {
        return Response.ok(catalog.list(list, language.get()))
                .header("Content-Language", language.get().tag())
                .build();
    }
}
