package uz.muhokama.report;

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
import uz.muhokama.platform.i18n.CurrentLanguage;
import uz.muhokama.platform.security.CurrentCaller;
import uz.muhokama.platform.time.PortalTimeZone;
import uz.muhokama.platform.web.PageRedirects;
import uz.muhokama.platform.web.Params;
import uz.muhokama.platform.web.View;

/** The agency's inbox of reports: the list and the downloads. */
@ApplicationScoped
@Path("agency/reports")
@Produces(MediaType.TEXT_HTML)
public class ReportPages {

    @Inject
    ReportService reports;

    @Inject
    CurrentCaller caller;

    @Inject
    CurrentLanguage language;

    @Inject
    PortalTimeZone timeZone;

    @GET
    @Operation(hidden = true)
    public Response inbox(@QueryParam("page") String page) {
        if (caller.get().isEmpty()) {
            return PageRedirects.signInFirst("/agency/reports");
        }
        int shown = Params.page(page);
        return Response.ok(View.of("report/inbox")
                        .with("reports", reports.inbox(shown, language.get()))
                        .with("pageNumber", shown)
                        .with("pageSize", ReportService.PAGE_SIZE)
                        .with("time", timeZone))
                .build();
    }

    @GET
    @Path("{number}/workbook")
    @Produces(ReportResource.XLSX)
    @Operation(hidden = true)
    public Response workbook(@PathParam("number") String number) {
        if (caller.get().isEmpty()) {
            return PageRedirects.signInFirst("/agency/reports");
        }
        return ReportResource.download(reports.download(number));
    }
}
