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
import org.eclipse.microprofile.openapi.annotations.Operation;
import uz.muhokama.draft.DraftService;
import uz.muhokama.platform.i18n.CurrentLanguage;
import uz.muhokama.platform.time.PortalTimeZone;
import uz.muhokama.platform.web.Params;
import uz.muhokama.platform.web.View;

/** The public page of a discussion's summary: the counts, each proposal with its decision and reason, the downloads. */
@ApplicationScoped
@Path("")
@Produces(MediaType.TEXT_HTML)
public class SummaryPages {

    static final int PAGE_SIZE = 50;

    @Inject
    SummaryService summaries;

    @Inject
    DraftService drafts;

    @Inject
    CurrentLanguage language;

    @Inject
    PortalTimeZone timeZone;

    @GET
    @Path("drafts/{number}/summary")
    @Operation(hidden = true)
    public Response summary(
            @PathParam("number") String number, @QueryParam("page") String page, @QueryParam("done") String done) {
        SummaryView summary = summaries.summary(number, Params.page(page), PAGE_SIZE, language.get());
        return Response.ok(View.of("decision/summary")
                        .with("s", summary)
                        .with(
                                "title",
                                drafts.publicDraft(number, language.get()).title())
                        .with("time", timeZone)
                        .with("done", done))
                .build();
    }
}
