package uz.muhokama.draft;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uz.muhokama.platform.error.InvalidInput;
import uz.muhokama.platform.i18n.CurrentLanguage;
import uz.muhokama.platform.web.ApiDocs;
import uz.muhokama.platform.web.Conditional;
import uz.muhokama.platform.web.Params;

/** Drafts over the API: public search and reading; writing for the agency's own editors. */
@ApplicationScoped
@Path("api/v1/drafts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Drafts")
public class DraftResource {

    @Inject
    DraftService drafts;

    @Inject
    DraftEditing editing;

    @Inject
    DraftPublication publication;

    @Inject
    CurrentLanguage language;

    @Context
    UriInfo uri;

    @GET
    @Operation(
            operationId = "searchDrafts",
            summary = "Search public drafts",
            description = "q searches number, titles and summaries in all languages; "
                    + "status is scheduled|open|closed|withdrawn|summary-published; sort is newest|oldest|closing|discussed; "
                    + "from/to (yyyy-MM-dd) bound the opening day; region (a region code) keeps the drafts of that region's own authorities. Page on with cursor (next of the previous page, for the same "
                    + "query; keyset: the sort's keys and id) or page.")
    @APIResponse(responseCode = "200", description = "A page of drafts")
    @APIResponse(
            responseCode = "400",
            description =
                    "Unknown status, sort, sector, act type, agency or region, malformed or reversed dates, a cursor not of this search")
    public DraftPage search(
            @QueryParam("q") String q,
            @QueryParam("sector") String sector,
            @QueryParam("actType") String actType,
            @QueryParam("agency") String agency,
            @QueryParam("region") String region,
            @QueryParam("status") String status,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("sort") String sort,
            @QueryParam("page") @DefaultValue("1") String page,
            @QueryParam("size") @DefaultValue("20") String size,
            @QueryParam("cursor") String cursor) {
        return drafts.search(
                new DraftSearch(
                        q,
                        sector,
                        actType,
                        agency,
                        region,
                        status,
                        DraftSearch.parseDate("from", from),
                        DraftSearch.parseDate("to", to),
                        sort,
                        number("page", page),
                        number("size", size),
                        cursor),
                language.get());
    }

    @GET
    @Path("{number}")
    @Operation(operationId = "getDraft", summary = "A draft with its clauses, discussion window and versions")
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiDocs.BEARER))
    @SecurityRequirementsSet
    @APIResponse(responseCode = "200", description = "The draft")
    @APIResponse(responseCode = "304", description = ApiDocs.NOT_MODIFIED_ANSWER)
    @APIResponse(responseCode = "404", description = "No such draft, or not visible to the caller")
    @Conditional(maxAge = 10, visibility = Conditional.Visibility.PER_CALLER) // an agency reads its unpublished drafts
    public DraftView get(@PathParam("number") String number, @QueryParam("version") String version) {
        return drafts.view(
                number,
                version == null || version.isBlank() ? null : Params.integer("version", version, 1),
                language.get());
    }

    @GET
    @Path("{number}/changes")
    @Operation(
            operationId = "compareDraftVersions",
            summary = "What changed between two versions, clause by clause (kept, edited, moved, added, removed)")
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiDocs.BEARER))
    @SecurityRequirementsSet
    public VersionChanges changes(
            @PathParam("number") String number, @QueryParam("from") String from, @QueryParam("to") String to) {
        // Read by hand: typed as int, a malformed from/to was JAX-RS's 404 where every other query parameter is a 400.
        int oldest = Params.integer("from", from, 1);
        int newest = to == null || to.isBlank()
                ? drafts.view(number, null, language.get()).version()
                : Params.integer("to", to, 1);
        return drafts.changes(number, oldest, newest, language.get());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createDraft",
            summary = "Create an unpublished draft (AGENCY, for the caller's own agency)")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @APIResponse(
            responseCode = "201",
            description = "Created, unpublished; Location names it",
            content = @Content(schema = @Schema(implementation = DraftView.class)))
    @APIResponse(responseCode = "403", description = "Not an agency editor")
    public Response create(DraftForm form) {
        Draft draft = editing.create(form);
        return Response.created(
                        uri.getBaseUriBuilder().path("api/v1/drafts/{number}").build(draft.number()))
                .entity(drafts.view(draft.number(), null, language.get()))
                .build();
    }

    @PUT
    @Path("{number}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "updateDraft",
            summary = "Edit a draft: in place while unpublished, as a new version once published")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @APIResponse(responseCode = "200", description = "The draft as edited")
    @APIResponse(responseCode = "403", description = "Not an agency editor")
    @APIResponse(responseCode = "409", description = "The draft was withdrawn")
    public DraftView update(@PathParam("number") String number, DraftForm form) {
        Draft draft = editing.update(number, form);
        return drafts.view(draft.number(), null, language.get());
    }

    @POST
    @Path("{number}/publish")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "publishDraft", summary = "Publish with a discussion window that obeys the rules")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @APIResponse(responseCode = "200", description = "The draft, published with its window")
    @APIResponse(responseCode = "400", description = "The window breaks a rule (too short, starts in the past...)")
    @APIResponse(responseCode = "403", description = "Not an agency editor")
    @APIResponse(responseCode = "409", description = "Already published or withdrawn")
    public DraftView publish(@PathParam("number") String number, PublishRequest request) {
        return drafts.view(publication.publish(number, request).number(), null, language.get());
    }

    @POST
    @Path("{number}/extensions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "extendDiscussion",
            summary = "Extend an open discussion to a later end, with a public reason")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @APIResponse(responseCode = "200", description = "The draft with its new end")
    @APIResponse(responseCode = "403", description = "Not an agency editor")
    @APIResponse(responseCode = "409", description = "Not open, or the new end is not later")
    public DraftView extend(@PathParam("number") String number, ExtensionRequest request) {
        return drafts.view(publication.extend(number, request).number(), null, language.get());
    }

    @POST
    @Path("{number}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "withdrawDraft", summary = "Withdraw the draft with a public reason")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @APIResponse(responseCode = "200", description = "The draft, withdrawn")
    @APIResponse(responseCode = "403", description = "Not an agency editor")
    @APIResponse(responseCode = "409", description = "Already withdrawn")
    public DraftView withdraw(@PathParam("number") String number, WithdrawalRequest request) {
        return drafts.view(publication.withdraw(number, request).number(), null, language.get());
    }

    /** A malformed page or size is the caller's mistake: 400 with the field, not JAX-RS's default 404. */
    private static int number(String field, String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInput(field, "draft.search.number-invalid");
        }
    }
}
