package uz.muhokama.report;

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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uz.muhokama.platform.i18n.CurrentLanguage;
import uz.muhokama.platform.web.ApiDocs;
import uz.muhokama.platform.web.Paged;
import uz.muhokama.platform.web.Params;
import uz.muhokama.platform.web.Slice;

/** Reports to the drafting agencies over the API: an agency's inbox and downloads; every report's state for administrators. */
@ApplicationScoped
@Path("api/v1/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
public class ReportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    ReportService reports;

    @Inject
    CurrentLanguage language;

    @GET
    @Operation(
            operationId = "listAgencyReports",
            summary = "The caller's agency's reports that reached its inbox, newest first, 20 to a page (AGENCY)")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @APIResponse(responseCode = "200", description = "A page of reports (20)")
    @APIResponse(responseCode = "403", description = "Not an agency editor")
    public ReportList inbox(@QueryParam("page") String page, @QueryParam("cursor") String cursor) {
        return ReportList.of(reports.inbox(Params.page(page), cursor, language.get()));
    }

    @GET
    @Path("all")
    @Operation(
            operationId = "listAllReports",
            summary = "Every report with its state and forwarding steps, newest first (ADMIN)")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @APIResponse(responseCode = "200", description = "A page of reports (20)")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    public ReportList all(@QueryParam("page") String page, @QueryParam("cursor") String cursor) {
        return ReportList.of(reports.all(Params.page(page), cursor, language.get()));
    }

    /** A page of reports, newest first, and the cursor of the next page (null on the last). */
    @Schema(name = "ReportList")
    public record ReportList(List<ReportView> items, String next) implements Paged {

        static ReportList of(Slice<ReportView> slice) {
            return new ReportList(slice.items(), slice.next());
        }
    }

    @GET
    @Path("{number}")
    @Operation(
            operationId = "getReport",
            summary = "One draft's report: to its agency once in the inbox, to administrators always; 404 otherwise")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @APIResponse(responseCode = "200", description = "The report with its forwarding steps")
    public ReportView get(@PathParam("number") String number) {
        return reports.get(number, language.get());
    }

    @GET
    @Path("{number}/workbook")
    @Produces(XLSX)
    @Operation(operationId = "downloadReportWorkbook", summary = "The report's Excel workbook")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @APIResponse(
            responseCode = "200",
            description = "The workbook",
            content = @Content(mediaType = ApiDocs.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No such report, not yet in the inbox, or another agency's")
    public Response workbook(@PathParam("number") String number) {
        return download(reports.download(number));
    }

    @POST
    @Path("{number}/retry")
    @Operation(operationId = "retryReport", summary = "Try a failed report or forwarding step again now (ADMIN)")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @APIResponse(responseCode = "200", description = "The report, due again now")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @APIResponse(responseCode = "409", description = "Nothing of this report has failed")
    public ReportView retry(@PathParam("number") String number) {
        return reports.retry(number, language.get());
    }

    static Response download(ReportService.Download file) {
        return Response.ok(file.content(), XLSX)
                .header("Content-Length", file.bytes())
                .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"")
                .header("Cache-Control", "private, no-store")
                .build();
    }
}
