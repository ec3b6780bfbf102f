package uz.muhokama.stats;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uz.muhokama.platform.i18n.CurrentLanguage;
import uz.muhokama.platform.web.ApiDocs;
import uz.muhokama.platform.web.Conditional;

/** The statistics tables as JSON, CSV and Excel, for any period of Tashkent days. Anyone may read them. */
@ApplicationScoped
@Path("api/v1/stats")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistics")
public class StatsResource {

    private static final String FROM =
            "First day of the period (ISO date, Tashkent), inclusive; the portal's first day if absent";
    private static final String TO = "Last day of the period (ISO date, Tashkent), inclusive; today if absent";

    @Inject
    StatsService stats;

    @Inject
    StatsDownloads downloads;

    @Inject
    StatsJob job;

    @Inject
    CurrentLanguage language;

    @GET
    @Path("regions")
    @Conditional(maxAge = 60)
    @Operation(
            operationId = "getRegionStatistics",
            summary = "Participation by region: a row per region, one for no region given, and the total")
    @APIResponse(responseCode = "304", description = ApiDocs.NOT_MODIFIED_ANSWER)
    @APIResponse(
            responseCode = "200",
            description = "The table; figures are at most a few minutes behind (countedUpTo)")
    public RegionTable regions(
            @Parameter(description = FROM) @QueryParam("from") String from,
            @Parameter(description = TO) @QueryParam("to") String to) {
        return stats.regions(stats.period(from, to), language.get());
    }

    @GET
    @Path("sectors")
    @Conditional(maxAge = 60)
    @Operation(operationId = "getSectorStatistics", summary = "Drafts, discussions, comments and decisions by sector")
    @APIResponse(responseCode = "304", description = ApiDocs.NOT_MODIFIED_ANSWER)
    @APIResponse(responseCode = "200", description = "The table, a row per sector and the total")
    public DraftGroupTable sectors(
            @Parameter(description = FROM) @QueryParam("from") String from,
            @Parameter(description = TO) @QueryParam("to") String to) {
        return stats.sectors(stats.period(from, to), language.get());
    }

    @GET
    @Path("agencies")
    @Conditional(maxAge = 60)
    @Operation(
            operationId = "getAgencyStatistics",
            summary = "Drafts, discussions, comments, decisions and summaries by drafting agency")
    @APIResponse(responseCode = "304", description = ApiDocs.NOT_MODIFIED_ANSWER)
    @APIResponse(responseCode = "200", description = "The table, a row per agency and the total")
    public DraftGroupTable agencies(
            @Parameter(description = FROM) @QueryParam("from") String from,
            @Parameter(description = TO) @QueryParam("to") String to) {
        return stats.agencies(stats.period(from, to), language.get());
    }

    @GET
    @Path("months")
    @Conditional(maxAge = 60)
    @Operation(operationId = "getMonthlyStatistics", summary = "The period month by month")
    @APIResponse(responseCode = "304", description = ApiDocs.NOT_MODIFIED_ANSWER)
    @APIResponse(responseCode = "200", description = "The table, a row per month and the total")
    public MonthTable months(
            @Parameter(description = FROM) @QueryParam("from") String from,
            @Parameter(description = TO) @QueryParam("to") String to) {
        return stats.months(stats.period(from, to), language.get());
    }

    @GET
    @Path("{table}/csv")
    @Produces(ApiDocs.CSV)
    @Operation(
            operationId = "downloadStatisticsCsv",
            summary = "One statistics table as CSV (UTF-8 with a byte-order mark, RFC 4180)")
    @APIResponse(
            responseCode = "200",
            description = "The CSV",
            content = @Content(mediaType = ApiDocs.CSV, schema = @Schema(type = SchemaType.STRING)))
    public Response csv(
            @Parameter(
                            description = "regions, sectors, agencies or months",
                            schema = @Schema(enumeration = {"regions", "sectors", "agencies", "months"}))
                    @PathParam("table")
                    String table,
            @Parameter(description = FROM) @QueryParam("from") String from,
            @Parameter(description = TO) @QueryParam("to") String to) {
        StatsGrid grid = downloads.grid(table, stats.period(from, to), language.get());
        StreamingOutput out = grid::writeCsv;
        return Response.ok(out, ApiDocs.CSV + "; charset=UTF-8")
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"" + downloads.fileName(table, stats.period(from, to), "csv") + "\"")
                .build();
    }

    @GET
    @Path("{table}/workbook")
    @Produces(ApiDocs.XLSX)
    @Operation(operationId = "downloadStatisticsWorkbook", summary = "One statistics table as an Excel workbook")
    @APIResponse(
            responseCode = "200",
            description = "The workbook",
            content = @Content(mediaType = ApiDocs.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response workbook(
            @Parameter(
                            description = "regions, sectors, agencies or months",
                            schema = @Schema(enumeration = {"regions", "sectors", "agencies", "months"}))
                    @PathParam("table")
                    String table,
            @Parameter(description = FROM) @QueryParam("from") String from,
            @Parameter(description = TO) @QueryParam("to") String to) {
        StatsPeriod period = stats.period(from, to);
        StatsGrid grid = downloads.grid(table, period, language.get());
        StreamingOutput out = stream -> grid.writeWorkbook(stream, downloads.zone());
        return Response.ok(out, ApiDocs.XLSX)
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"" + downloads.fileName(table, period, "xlsx") + "\"")
                .build();
    }

    @POST
    @Path("rebuild")
    @Operation(
            operationId = "rebuildStatistics",
            summary = "Administrators: forget every count and fold the raw rows again from the first")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @APIResponse(responseCode = "200", description = "What the rebuild counted")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    public StatsJob.Run rebuild() {
        return job.rebuild();
    }
}
