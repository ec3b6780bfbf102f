package uz.muhokama.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uz.muhokama.platform.error.AppException;
import uz.muhokama.platform.i18n.CurrentLanguage;
import uz.muhokama.platform.i18n.Messages;
import uz.muhokama.platform.security.CurrentCaller;
import uz.muhokama.platform.time.PortalTimeZone;
import uz.muhokama.platform.web.FormErrors;
import uz.muhokama.platform.web.PageRedirects;
import uz.muhokama.platform.web.Params;
import uz.muhokama.platform.web.View;

/** The administrators' page of every report's state, with "try again now" for what failed. */
@ApplicationScoped
@Path("admin/reports")
@Produces(MediaType.TEXT_HTML)
public class ReportAdminPages {

    @Inject
    ReportService reports;

    @Inject
    CurrentCaller caller;

    @Inject
    CurrentLanguage language;

    @Inject
    Messages messages;

    @Inject
    PortalTimeZone timeZone;

    @GET
    @Operation(hidden = true)
    public Response list(@QueryParam("page") String page, @QueryParam("retried") String retried) {
        if (caller.get().isEmpty()) {
            return PageRedirects.signInFirst("/admin/reports");
        }
        return Response.ok(view(Params.page(page), FormErrors.NONE).with("retried", retried))
                .build();
    }

    @POST
    @Path("{number}/retry")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response retry(@PathParam("number") String number) {
        if (caller.get().isEmpty()) {
            return PageRedirects.signInFirst("/admin/reports");
        }
        try {
            reports.retry(number, language.get());
            return PageRedirects.seeOther("/admin/reports?retried=" + number);
        } catch (AppException refused) {
            return Response.status(refused.status())
                    .entity(view(1, FormErrors.of(refused, messages, language.get())))
                    .build();
        }
    }

    private View view(int page, FormErrors errors) {
        return View.of("report/admin")
                .with("reports", reports.all(page, language.get()))
                .with("total", reports.count())
                .with("pageNumber", page)
                .with("pageSize", ReportService.PAGE_SIZE)
                .with("time", timeZone)
                .with("formError", errors.summary())
                .with("retried", null);
    }
}
