package uz.muhokama.ria;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uz.muhokama.platform.error.AppException;
import uz.muhokama.platform.error.FieldError;
import uz.muhokama.platform.error.InvalidInput;
import uz.muhokama.platform.i18n.CurrentLanguage;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.i18n.Messages;
import uz.muhokama.platform.security.CurrentCaller;
import uz.muhokama.platform.time.PortalTimeZone;
import uz.muhokama.platform.web.FormErrors;
import uz.muhokama.platform.web.PageRedirects;
import uz.muhokama.platform.web.PostedForm;
import uz.muhokama.platform.web.View;
import uz.muhokama.reference.ReferenceCatalog;
import uz.muhokama.reference.ReferenceList;

/**
 * The agency's page for a draft's assessment, {@code /agency/drafts/{number}/ria}: one form, no
 * JavaScript. Options, risks and indicators come as rows with blank rows to fill; "add a row" posts the
 * form and shows it again, as typed, with one more blank row of that kind, storing nothing. A refused
 * form is shown again as typed, with each message beside its field.
 */
@ApplicationScoped
@Path("agency/drafts/{number}/ria")
@Produces(MediaType.TEXT_HTML)
public class RiaPages {

    @Inject
    RiaService assessments;

    @Inject
    ReferenceCatalog reference;

    @Inject
    CurrentLanguage language;

    @Inject
    Messages messages;

    @Inject
    CurrentCaller caller;

    @Inject
    PortalTimeZone timeZone;

    @Context
    HttpServletRequest request;

    @GET
    @Operation(hidden = true)
    public Response form(@PathParam("number") String number, @QueryParam("saved") String saved) {
        String here = "/agency/drafts/" + number + "/ria";
        if (caller.get().isEmpty()) {
            return PageRedirects.signInFirst(here);
        }
        RiaService.Editing editing = assessments.editing(number, language.get());
        RiaFormFields fields =
                editing.assessment() == null ? RiaFormFields.blank() : RiaFormFields.of(editing.assessment());
        return Response.ok(page(editing, fields, FormErrors.NONE).with("saved", saved != null))
                .build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response save(@PathParam("number") String number) {
        if (caller.get().isEmpty()) {
            return PageRedirects.signInFirst("/agency/drafts/" + number + "/ria");
        }
        Map<String, List<String>> posted = PostedForm.fields(request);
        RiaFormFields fields = RiaFormFields.posted(posted);
        List<String> more = posted.getOrDefault("more", List.of());
        if (!more.isEmpty()) {
            // "Add a row": the same form again with one more blank row of that kind; nothing is stored.
            RiaService.Editing editing = assessments.editing(number, language.get());
            return Response.ok(page(editing, fields.withBlankRow(more.get(0)), FormErrors.NONE))
                    .build();
        }
        try {
            List<FieldError> unreadable = RiaFormReader.unreadable(fields);
            RiaForm form = RiaFormReader.read(fields);
            if (!unreadable.isEmpty()) {
                // Sums or dates that are not numbers or dates: reported with every other broken rule at once.
                List<FieldError> all = new ArrayList<>(unreadable);
                all.addAll(assessments.problems(form));
                throw new InvalidInput(all);
            }
            assessments.save(number, form, language.get());
            return PageRedirects.seeOther("/agency/drafts/" + number + "/ria?saved");
        } catch (AppException rejected) {
            RiaService.Editing editing = assessments.editing(number, language.get());
            return Response.status(rejected.status())
                    .entity(page(editing, fields, FormErrors.of(rejected, messages, language.get())))
                    .build();
        }
    }

    private View page(RiaService.Editing editing, RiaFormFields fields, FormErrors errors) {
        Language lang = language.get();
        RiaFormRows rows = new RiaFormRows(fields, errors.byField());
        return View.of("ria/edit")
                .with("draft", editing.draft())
                .with("assessment", editing.assessment())
                .with("editable", editing.draft().publishedAt() == null)
                .with("form", fields.values())
                .with("options", rows.options())
                .with("impacts", rows.impacts(g -> messages.get(lang, "ria.group." + g)))
                .with("risks", rows.risks())
                .with("indicators", rows.indicators())
                .with("chosenRegions", fields.regions())
                .with("regions", reference.list(ReferenceList.REGIONS, lang))
                .with("optionKinds", List.of(OptionKind.values()))
                .with("errors", errors.byField())
                .with("formError", errors.summary())
                .with("time", timeZone);
    }
}
