package uz.muhokama.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uz.muhokama.platform.error.AppException;
import uz.muhokama.platform.i18n.CurrentLanguage;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.i18n.Messages;
import uz.muhokama.platform.security.CurrentCaller;
import uz.muhokama.platform.security.Role;
import uz.muhokama.platform.time.PortalTimeZone;
import uz.muhokama.platform.web.FormErrors;
import uz.muhokama.platform.web.PageRedirects;
import uz.muhokama.platform.web.View;

/** The page where a signed-in person applies to be an expert and follows their applications. */
@ApplicationScoped
@Path("expert-application")
@Produces(MediaType.TEXT_HTML)
public class ExpertApplicationPages {

    @Inject
    ExpertApplicationService applications;

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
    public Response form(@QueryParam("done") String done) {
        if (caller.get().isEmpty()) {
            return PageRedirects.signInFirst("/expert-application");
        }
        return Response.ok(view(Map.of(), FormErrors.NONE).with("sent", "sent".equals(done)))
                .build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response apply(
            @FormParam("status") String status,
            @FormParam("organisation") String organisation,
            @FormParam("qualification") String qualification,
            @FormParam("statement") String statement) {
        if (caller.get().isEmpty()) {
            return PageRedirects.signInFirst("/expert-application");
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("status", status == null ? "" : status);
        form.put("organisation", organisation == null ? "" : organisation);
        form.put("qualification", qualification == null ? "" : qualification);
        form.put("statement", statement == null ? "" : statement);
        try {
            applications.apply(
                    new ExpertApplicationForm(status, organisation, qualification, statement), language.get());
            return PageRedirects.seeOther("/expert-application?done=sent");
        } catch (AppException rejected) {
            return Response.status(rejected.status())
                    .entity(view(form, FormErrors.of(rejected, messages, language.get())))
                    .build();
        }
    }

    private View view(Map<String, String> form, FormErrors errors) {
        Language lang = language.get();
        List<ExpertApplicationView> mine = applications.mine(lang);
        return View.of("survey/expert-application")
                .with("form", form)
                .with("errors", errors.byField())
                .with("formError", errors.summary())
                .with("statuses", applications.statuses(lang))
                .with("mine", mine)
                .with("waiting", mine.stream().anyMatch(ExpertApplicationView::pending))
                .with("expert", caller.require().has(Role.EXPERT))
                .with("time", timeZone);
    }
}
