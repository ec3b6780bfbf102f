package uz.muhokama.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import uz.muhokama.draft.DraftSearch;
import uz.muhokama.platform.error.AppException;
import uz.muhokama.platform.error.ProblemResponses;
import uz.muhokama.platform.i18n.CurrentLanguage;
import uz.muhokama.platform.web.ApiDocs;
import uz.muhokama.platform.web.Conditional;

/**
 * The public Atom feeds ({@code /feeds/…}), for feed readers: no sign-in, conditional reads (the
 * document's hash is its entity tag: a reader that sends it back gets a 304 until a listed draft changes
 * or another is published). They are documents for programs, not pages, so a refusal is problem+json
 * as on the API. Like the pages they stay out of the OpenAPI document, which describes {@code /api/v1};
 * docs/notifications.md describes them.
 */
@ApplicationScoped
@Path("feeds")
@Produces(AtomWriter.MEDIA_TYPE)
public class FeedResource {

    /** Feed readers poll; a minute of reuse spares the portal the eager ones and delays news by as much. */
    static final int MAX_AGE_SECONDS = 60;

    static final MediaType ATOM = new MediaType("application", "atom+xml", "UTF-8");

    @Inject
    DraftFeeds feeds;

    @Inject
    CurrentLanguage language;

    @Inject
    ProblemResponses problems;

    @Context
    UriInfo uri;

    @GET
    @Path("sectors/{code}.atom")
    @Operation(hidden = true)
    @APIResponse(responseCode = "304", description = ApiDocs.NOT_MODIFIED_ANSWER)
    @Conditional(maxAge = MAX_AGE_SECONDS)
    public Response sector(@PathParam("code") String code) {
        return answer(reader -> feeds.sector(code, reader));
    }

    @GET
    @Path("agencies/{code}.atom")
    @Operation(hidden = true)
    @APIResponse(responseCode = "304", description = ApiDocs.NOT_MODIFIED_ANSWER)
    @Conditional(maxAge = MAX_AGE_SECONDS)
    public Response agency(@PathParam("code") String code) {
        return answer(reader -> feeds.agency(code, reader));
    }

    @GET
    @Path("regions/{code}.atom")
    @Operation(hidden = true)
    @APIResponse(responseCode = "304", description = ApiDocs.NOT_MODIFIED_ANSWER)
    @Conditional(maxAge = MAX_AGE_SECONDS)
    public Response region(@PathParam("code") String code) {
        return answer(reader -> feeds.region(code, reader));
    }

    /** A saved search: the drafts search's own words and filters, read by the same code as the search's. */
    @GET
    @Path("/drafts.atom") // the leading slash keeps it from looking like a message key to MessageBundlesTest
    @Operation(hidden = true)
    @APIResponse(responseCode = "304", description = ApiDocs.NOT_MODIFIED_ANSWER)
    @Conditional(maxAge = MAX_AGE_SECONDS)
    public Response search(
            @QueryParam("q") String q,
            @QueryParam("sector") String sector,
            @QueryParam("actType") String actType,
            @QueryParam("agency") String agency,
            @QueryParam("region") String region,
            @QueryParam("from") String from,
            @QueryParam("to") String to) {
        return answer(reader -> feeds.search(
                new DraftSearch(
                        q,
                        sector,
                        actType,
                        agency,
                        region,
                        null,
                        DraftSearch.parseDate("from", from),
                        DraftSearch.parseDate("to", to),
                        null,
                        1,
                        DraftFeeds.SIZE,
                        null),
                reader));
    }

    private Response answer(Function<DraftFeeds.Reader, byte[]> feed) {
        try {
            DraftFeeds.Reader reader = new DraftFeeds.Reader(
                    uri.getBaseUri().toString(), uri.getRequestUri().toString(), language.get(), language.chosenNow());
            return Response.ok(feed.apply(reader), ATOM).build();
        } catch (AppException refused) {
            return problems.problem(refused);
        }
    }
}
