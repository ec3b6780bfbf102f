package uz.muhokama.decision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uz.muhokama.platform.error.AppException;
import uz.muhokama.platform.error.InvalidInput;
import uz.muhokama.platform.i18n.CurrentLanguage;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.i18n.Messages;
import uz.muhokama.platform.security.CurrentCaller;
import uz.muhokama.platform.web.ApiDocs;
import uz.muhokama.platform.web.FormErrors;
import uz.muhokama.platform.web.PageRedirects;
import uz.muhokama.platform.web.Params;
import uz.muhokama.platform.web.PostedForm;
import uz.muhokama.platform.web.View;

/**
 * The agency's decisions page, without JavaScript: twenty proposals to a page, each with its decision
 * and reason; the decisions workbook to download and upload for drafts with many; publishing.
 */
@ApplicationScoped
@Path("agency/drafts/{number}/decisions")
@Produces(MediaType.TEXT_HTML)
public class DecisionPages {

    @Inject
    DecisionService decisions;

    @Inject
    DecisionWorkbooks workbooks;

    @Inject
    CurrentCaller caller;

    @Inject
    CurrentLanguage language;

    @Inject
    Messages messages;

    @Context
    HttpServletRequest request;

    @GET
    @Operation(hidden = true)
    public Response page(
            @PathParam("number") String number, @QueryParam("page") String page, @QueryParam("done") String done) {
        if (caller.get().isEmpty()) {
            return PageRedirects.signInFirst("/agency/drafts/" + number + "/decisions");
        }
        return Response.ok(view(number, Params.page(page), Map.of(), FormErrors.NONE, List.of())
                        .with("done", done))
                .build();
    }

    /** Saves the decisions chosen on one page: fields {@code proposal} (each id), {@code decision-<id>}, {@code reason-<id>}. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response save(@PathParam("number") String number, @FormParam("page") String page) {
        if (caller.get().isEmpty()) {
            return PageRedirects.signInFirst("/agency/drafts/" + number + "/decisions");
        }
        Map<String, List<String>> form = PostedForm.fields(request);
        Map<String, String> typed = new HashMap<>();
        List<DecisionInput> inputs = new ArrayList<>();
        for (String id : form.getOrDefault("proposal", List.of())) {
            String decision = first(form, "decision-" + id);
            String reason = first(form, "reason-" + id);
            typed.put("decision-" + id, decision == null ? "" : decision);
            typed.put("reason-" + id, reason == null ? "" : reason);
            if ((decision != null && !decision.isBlank()) || (reason != null && !reason.isBlank())) {
                inputs.add(new DecisionInput(parse(id), decision, reason));
            }
        }
        int shown = Params.page(page);
        try {
            decisions.decide(number, inputs, language.get());
            return PageRedirects.seeOther("/agency/drafts/" + number + "/decisions?page=" + shown + "&done=saved");
        } catch (AppException refused) {
            return Response.status(refused.status())
                    .entity(view(
                            number, shown, typed, FormErrors.of(refused, messages, language.get()), messages(refused)))
                    .build();
        }
    }

    @GET
    @Path("workbook")
    @Produces(ApiDocs.XLSX)
    @Operation(hidden = true)
    public Response workbook(@PathParam("number") String number) {
        if (caller.get().isEmpty()) {
            return PageRedirects.signInFirst("/agency/drafts/" + number + "/decisions");
        }
        Language lang = language.get();
        decisions.page(number, 1, lang); // who may, before anything is streamed
        StreamingOutput out = stream -> workbooks.writeWorkbook(number, stream, lang);
        return Response.ok(out, ApiDocs.XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + number + "-decisions.xlsx\"")
                .header("Cache-Control", "private, no-store")
                .build();
    }

    /** The filled-in workbook (multipart part {@code file}; the CSRF token rides in the address). */
    @POST
    @Path("workbook")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(hidden = true)
    public Response upload(@PathParam("number") String number, @FormParam("file") EntityPart file) throws IOException {
        if (caller.get().isEmpty()) {
            return PageRedirects.signInFirst("/agency/drafts/" + number + "/decisions");
        }
        try {
            if (file == null || file.getFileName().filter(n -> !n.isBlank()).isEmpty()) {
                throw new InvalidInput("file", "report.decisions.error.no-file");
            }
            try (InputStream in = file.getContent()) {
                workbooks.upload(number, in, language.get());
            }
            return PageRedirects.seeOther("/agency/drafts/" + number + "/decisions?done=uploaded");
        } catch (AppException refused) {
            return Response.status(refused.status())
                    .entity(view(
                            number, 1, Map.of(), FormErrors.of(refused, messages, language.get()), messages(refused)))
                    .build();
        }
    }

    @POST
    @Path("publication")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response publish(@PathParam("number") String number) {
        if (caller.get().isEmpty()) {
            return PageRedirects.signInFirst("/agency/drafts/" + number + "/decisions");
        }
        try {
            decisions.publish(number, language.get());
            return PageRedirects.seeOther("/drafts/" + number + "/summary?done=published");
        } catch (AppException refused) {
            return Response.status(refused.status())
                    .entity(view(
                            number, 1, Map.of(), FormErrors.of(refused, messages, language.get()), messages(refused)))
                    .build();
        }
    }

    private View view(String number, int page, Map<String, String> typed, FormErrors errors, List<String> rowErrors) {
        return View.of("decision/decisions")
                .with("d", decisions.page(number, page, language.get()))
                .with("typed", typed)
                .with("errors", errors.byField())
                .with("formError", errors.summary())
                .with("rowErrors", rowErrors)
                .with("done", null);
    }

    /** Every error of a refused upload or page, in order (a row's message names its row). */
    private List<String> messages(AppException refused) {
        return refused.fieldErrors().stream()
                .map(e -> messages.get(language.get(), e.messageKey(), e.args()))
                .toList();
    }

    private static String first(Map<String, List<String>> form, String name) {
        List<String> values = form.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static Long parse(String id) {
        try {
            return Long.parseLong(id.trim());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }
}
