package uz.muhokama.opendata;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.nio.file.Files;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uz.muhokama.platform.web.ApiDocs;
import uz.muhokama.platform.web.Conditional;

/** The open data: the packages made (each file downloadable), and every resource streamed whole with filters. */
@ApplicationScoped
@Path("api/v1/open-data")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Open data")
public class OpenDataResource {

    static final String JSON_LINES = "application/jsonl";

    @Inject
    OpenDataService openData;

    @GET
    @Conditional(maxAge = 300, byLanguage = false)
    @Operation(
            operationId = "getOpenDataCatalogue",
            summary = "The latest data package, the earlier ones kept, and every resource with its Table Schema")
    @APIResponse(responseCode = "304", description = ApiDocs.NOT_MODIFIED_ANSWER)
    @APIResponse(responseCode = "200", description = "The catalogue; latest is null until the first package is made")
    public OpenDataService.Catalogue catalogue() {
        return openData.catalogue();
    }

    @GET
    @Path("packages/{package}/{file}")
    @Produces({MediaType.APPLICATION_JSON, ApiDocs.CSV, "application/zip"})
    @Conditional(maxAge = 300, byLanguage = false)
    @Operation(
            operationId = "downloadOpenDataFile",
            summary = "A file of a data package: datapackage.json, a resource's CSV, or the whole package as a ZIP")
    @APIResponse(responseCode = "304", description = ApiDocs.NOT_MODIFIED_ANSWER)
    @APIResponse(
            responseCode = "200",
            description = "The file; a package's files never change once it is made",
            content =
                    @Content(
                            mediaType = "application/octet-stream",
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response file(
            @Parameter(description = "The package's number, or latest") @PathParam("package") String packageId,
            @Parameter(description = "datapackage.json, <resource>.csv or the ZIP's name") @PathParam("file")
                    String name) {
        java.nio.file.Path file = openData.file(packageId, name);
        long number = openData.packageNumber(packageId);
        String type = name.endsWith(".csv")
                ? ApiDocs.CSV + "; charset=UTF-8"
                : name.endsWith(".zip") ? "application/zip" : MediaType.APPLICATION_JSON + "; charset=UTF-8";
        StreamingOutput out = stream -> Files.copy(file, stream);
        return Response.ok(out, type)
                .header("ETag", "\"package-" + number + "-" + name + "\"")
                .header(
                        "Content-Disposition",
                        (name.endsWith(".json") ? "inline" : "attachment") + "; filename=\"" + name + "\"")
                .build();
    }

    @GET
    @Path("resources/{resource}")
    @Produces({ApiDocs.CSV, JSON_LINES})
    @Operation(
            operationId = "exportOpenDataResource",
            summary = "One resource streamed whole, as CSV or JSON Lines, with no row cap; filters narrow it")
    @APIResponse(
            responseCode = "200",
            description = "Every row the filters let through, in the order of the resource's key",
            content = {
                @Content(mediaType = ApiDocs.CSV, schema = @Schema(type = SchemaType.STRING)),
                @Content(mediaType = JSON_LINES, schema = @Schema(type = SchemaType.STRING))
            })
    public Response export(
            @Parameter(description = "The resource's name, as in the catalogue") @PathParam("resource") String resource,
            @Parameter(description = "csv (the default) or jsonl", schema = @Schema(enumeration = {"csv", "jsonl"}))
                    @QueryParam("format")
                    String format,
            @Parameter(description = "First Tashkent day of the period (ISO date)") @QueryParam("from") String from,
            @Parameter(description = "Last Tashkent day of the period (ISO date)") @QueryParam("to") String to,
            @Parameter(description = "A sector's code") @QueryParam("sector") String sector,
            @Parameter(description = "An agency's code") @QueryParam("agency") String agency,
            @Parameter(description = "A draft's number (ID-n)") @QueryParam("draft") String draft,
            @Parameter(description = "A region's code (comments: the author's region)") @QueryParam("region")
                    String region) {
        Dataset dataset = openData.dataset(resource);
        ExportQuery query = openData.query(dataset, format, from, to, sector, agency, draft, region);
        boolean lines = OpenDataService.JSON_LINES.equals(format);
        StreamingOutput out = stream ->
                openData.export(dataset, query, lines ? OpenDataService.JSON_LINES : OpenDataService.CSV, stream);
        return Response.ok(out, (lines ? JSON_LINES : ApiDocs.CSV) + "; charset=UTF-8")
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"" + resource + (lines ? ".jsonl" : ".csv") + "\"")
                .build();
    }

    @POST
    @Path("packages")
    @Operation(
            operationId = "makeOpenDataPackage",
            summary = "Administrators: make a data package now, whatever the schedule says")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @APIResponse(
            responseCode = "200",
            description = "What the run did: made, taken (another instance is making one) or failed")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    public OpenDataJob.Run make() {
        return openData.makeNow();
    }
}
