package uz.muhokama.decision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uz.muhokama.platform.i18n.CurrentLanguage;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.web.ApiDocs;
import uz.muhokama.platform.web.Conditional;
import uz.muhokama.platform.web.EntityTags;
import uz.muhokama.platform.web.Params;

/** The published summary of a discussion: counts per decision and each proposal with its decision and reason. */
@ApplicationScoped
@Path("api/v1/drafts/{number}/summary")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
public class SummaryResource {

    static final String CSV = "text/csv";

    /** Seconds a summary may be kept: final once published; the agency's own, before, changes as it decides. */
    static final int PUBLISHED_MAX_AGE = 60;

    /** Bumped whenever the workbook's or the CSV's layout changes (see {@link #tagged}). */
    private static final int FILE_LAYOUT = 1;

    @Inject
    SummaryService summaries;

    @Inject
    SummaryExports exports;

    @Inject
    CurrentLanguage language;

    @GET
    @Operation(
            operationId = "getSummary",
            summary =
                    "The summary, a page of proposals at a time (size up to 200, default 50); before publishing only the draft's agency sees it")
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiDocs.BEARER))
    @SecurityRequirementsSet
    @APIResponse(responseCode = "200", description = "The summary")
    @APIResponse(responseCode = "304", description = ApiDocs.NOT_MODIFIED_ANSWER)
    @APIResponse(
            responseCode = "404",
            description = "Not published yet (to anyone but the draft's agency), or no such draft")
    @Conditional(
            maxAge = PUBLISHED_MAX_AGE,
            visibility = Conditional.Visibility.PER_CALLER) // the agency's before publishing
    public SummaryView summary(
            @PathParam("number") String number,
            @QueryParam("page") String page,
            @QueryParam("size") String size,
            @QueryParam("cursor") String cursor) {
        return summaries.summary(number, Params.page(page), Params.integer("size", size, 50), cursor, language.get());
    }

    @GET
    @Path("workbook")
    @Produces(ApiDocs.XLSX)
    @Operation(operationId = "downloadSummaryWorkbook", summary = "The whole summary as an Excel workbook")
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiDocs.BEARER))
    @SecurityRequirementsSet
    @APIResponse(
            responseCode = "200",
            description = "The workbook",
            content = @Content(mediaType = ApiDocs.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "304", description = ApiDocs.NOT_MODIFIED_ANSWER)
    @Conditional(maxAge = PUBLISHED_MAX_AGE, visibility = Conditional.Visibility.PER_CALLER)
    public Response workbook(@PathParam("number") String number) {
        Language lang = language.get();
        SummaryView summary = summaries.summary(number, 1, 1, lang); // 404 before anything is streamed
        StreamingOutput out = stream -> exports.summaryWorkbook(number, stream, lang);
        return tagged(Response.ok(out, ApiDocs.XLSX), summary, "xlsx", lang)
                .header("Content-Disposition", "attachment; filename=\"" + number + "-summary.xlsx\"")
                .build();
    }

    @GET
    @Path("csv")
    @Produces(CSV)
    @Operation(operationId = "downloadSummaryCsv", summary = "The whole summary as CSV (UTF-8)")
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiDocs.BEARER))
    @SecurityRequirementsSet
    @APIResponse(
            responseCode = "200",
            description = "The CSV, UTF-8",
            content = @Content(mediaType = SummaryResource.CSV, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = ApiDocs.NOT_MODIFIED_ANSWER)
    @Conditional(maxAge = PUBLISHED_MAX_AGE, visibility = Conditional.Visibility.PER_CALLER)
    public Response csv(@PathParam("number") String number) {
        Language lang = language.get();
        SummaryView summary = summaries.summary(number, 1, 1, lang);
        StreamingOutput out = stream -> exports.summaryCsv(number, stream, lang);
        return tagged(Response.ok(out, CSV + "; charset=UTF-8"), summary, "csv", lang)
                .header("Content-Disposition", "attachment; filename=\"" + number + "-summary.csv\"")
                .build();
    }

    /**
     * The files are streamed, so they are tagged from what makes them rather than from their bytes: once
     * published, a summary never changes, so its draft, publication, language and format name the file
     * (weak: the workbook's zip records when it was written). {@link #FILE_LAYOUT} changes with the files'
     * layout, so that a release which lays them out anew does not answer 304 for an old copy. Before
     * publishing the agency's decisions are still changing: no tag.
     */
    private static Response.ResponseBuilder tagged(
            Response.ResponseBuilder response, SummaryView summary, String format, Language language) {
        if (!summary.published()) {
            return response;
        }
        return response.header(
                "ETag",
                EntityTags.weak(
                        summary.draft(), summary.publishedAt().toEpochMilli(), language.tag(), format, FILE_LAYOUT));
    }
}
