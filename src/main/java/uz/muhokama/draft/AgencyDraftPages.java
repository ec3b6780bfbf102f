package uz.muhokama.draft;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uz.muhokama.platform.error.AppException;
import uz.muhokama.platform.error.InvalidInput;
import uz.muhokama.platform.i18n.CurrentLanguage;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.i18n.Messages;
import uz.muhokama.platform.security.CurrentCaller;
import uz.muhokama.platform.security.Role;
import uz.muhokama.platform.time.PortalTimeZone;
import uz.muhokama.platform.web.FormErrors;
import uz.muhokama.platform.web.PageRedirects;
import uz.muhokama.platform.web.View;
import uz.muhokama.reference.ReferenceCatalog;
import uz.muhokama.reference.ReferenceList;

/**
 * The agency editor's pages: own drafts, a form to write or edit one (clauses as rows, three empty rows
 * to add more, no JavaScript needed), publishing, extension, withdrawal and attachments. Every action
 * goes through the same services as the API, which check the role and the agency.
 */
@ApplicationScoped
@Path("agency/drafts")
@Produces(MediaType.TEXT_HTML)
public class AgencyDraftPages {

    private static final int EMPTY_CLAUSE_ROWS = 3;

    @Inject
    DraftService drafts;

    @Inject
    DraftEditing editing;

    @Inject
    DraftPublication publication;

    @Inject
    DraftAccess access;

    @Inject
    AttachmentService attachments;

    @Inject
    ReferenceCatalog reference;

    @Inject
    CurrentLanguage language;

    @Inject
    CurrentCaller caller;

    @Inject
    Messages messages;

    @Inject
    PortalTimeZone timeZone;

    @Inject
    Clock clock;

    @GET
    @Operation(hidden = true)
    public Response list() {
        return signInFirst("/agency/drafts")
                .orElseGet(() -> Response.ok(View.of("draft/agency-list")
                                .with("drafts", drafts.ownDrafts(language.get()))
                                .with("time", timeZone))
                        .build());
    }

    @GET
    @Path("new")
    @Operation(hidden = true)
    public Response newDraft() {
        return signInFirst("/agency/drafts/new").orElseGet(() -> {
            caller.requireAny(Role.AGENCY);
            return Response.ok(editor(null, emptyForm(), rows(List.of()), null)).build();
        });
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response create(@BeanParam DraftFormFields fields) {
        DraftForm form = fields.toForm();
        try {
            Draft draft = editing.create(form);
            return seeOther("/agency/drafts/" + draft.number() + "?saved");
        } catch (AppException rejected) {
            return Response.status(rejected.status())
                    .entity(editor(null, formValues(form), rows(form.clauses()), rejected))
                    .build();
        }
    }

    @GET
    @Path("{number}")
    @Operation(hidden = true)
    public Response edit(@PathParam("number") String number, @QueryParam("saved") String saved) {
        return signInFirst("/agency/drafts/" + number).orElseGet(() -> {
            Draft draft = access.ownDraft(number);
            DraftView view = drafts.view(number, null, language.get());
            View page = editor(
                            view,
                            formValues(draft),
                            rows(view.clauses().stream()
                                    .map(c -> new ClauseInput(c.key(), c.number(), c.heading(), c.text()))
                                    .toList()),
                            null)
                    .with("saved", saved != null);
            return Response.ok(page).build();
        });
    }

    @POST
    @Path("{number}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response update(@PathParam("number") String number, @BeanParam DraftFormFields fields) {
        DraftForm form = fields.toForm();
        try {
            editing.update(number, form);
            return seeOther("/agency/drafts/" + number + "?saved");
        } catch (AppException rejected) {
            DraftView view = drafts.view(number, null, language.get());
            return Response.status(rejected.status())
                    .entity(editor(view, formValues(form), rows(form.clauses()), rejected))
                    .build();
        }
    }

    @POST
    @Path("{number}/publish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response publish(
            @PathParam("number") String number,
            @FormParam("opensAt") String opensAt,
            @FormParam("closesAt") String closesAt) {
        return act(
                number,
                () -> publication.publish(
                        number, new PublishRequest(moment("opensAt", opensAt), moment("closesAt", closesAt))));
    }

    @POST
    @Path("{number}/extend")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response extend(
            @PathParam("number") String number,
            @FormParam("closesAt") String closesAt,
            @FormParam("reason") String reason) {
        return act(
                number, () -> publication.extend(number, new ExtensionRequest(moment("closesAt", closesAt), reason)));
    }

    @POST
    @Path("{number}/withdraw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response withdraw(@PathParam("number") String number, @FormParam("reason") String reason) {
        return act(number, () -> publication.withdraw(number, new WithdrawalRequest(reason)));
    }

    @POST
    @Path("{number}/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(hidden = true)
    public Response attach(@PathParam("number") String number, @FormParam("file") EntityPart file) {
        return act(number, () -> {
            if (file == null || file.getFileName().orElse("").isBlank()) {
                throw new InvalidInput("file", "attachment.missing");
            }
            attachments.attach(number, file.getFileName().orElse(null), file.getContent());
        });
    }

    @POST
    @Path("{number}/attachments/{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response removeAttachment(@PathParam("number") String number, @PathParam("id") long id) {
        return act(number, () -> attachments.remove(number, id));
    }

    /** Runs one action; on success back to the draft, on failure the same page with the reason. */
    private Response act(String number, Runnable action) {
        try {
            action.run();
            return seeOther("/agency/drafts/" + number + "?saved");
        } catch (AppException rejected) {
            Draft draft = access.ownDraft(number);
            DraftView view = drafts.view(number, null, language.get());
            return Response.status(rejected.status())
                    .entity(editor(
                            view,
                            formValues(draft),
                            rows(view.clauses().stream()
                                    .map(c -> new ClauseInput(c.key(), c.number(), c.heading(), c.text()))
                                    .toList()),
                            rejected))
                    .build();
        }
    }

    private View editor(
            DraftView draft, Map<String, String> form, List<ClauseInput> clauseRows, AppException rejected) {
        Language lang = language.get();
        FormErrors errors = FormErrors.of(rejected, messages, lang);
        return View.of("draft/agency-edit")
                .with("draft", draft)
                .with("form", form)
                .with("clauseRows", clauseRows)
                .with("errors", errors.byField())
                .with("formError", errors.summary())
                .with("time", timeZone)
                .with("suggestOpens", suggestion(1))
                .with("suggestCloses", suggestion(16))
                .with("actTypes", reference.list(ReferenceList.ACT_TYPES, lang))
                .with("sectors", reference.list(ReferenceList.SECTORS, lang));
    }

    /** 09:00 Tashkent time, the given number of days from today: a sensible default for a window. */
    private String suggestion(int days) {
        return LocalDate.now(clock.withZone(timeZone.zone()))
                .plusDays(days)
                .atTime(9, 0)
                .toString();
    }

    private Optional<Response> signInFirst(String here) {
        if (caller.get().isPresent()) {
            return Optional.empty();
        }
        return Optional.of(PageRedirects.signInFirst(here));
    }

    private static Response seeOther(String location) {
        return PageRedirects.seeOther(location);
    }

    private static List<ClauseInput> rows(List<ClauseInput> clauses) {
        List<ClauseInput> rows = new ArrayList<>(clauses);
        for (int i = 0; i < EMPTY_CLAUSE_ROWS; i++) {
            rows.add(new ClauseInput("", "", "", ""));
        }
        return rows;
    }

    private Instant moment(String field, String localDateTime) {
        if (localDateTime == null || localDateTime.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(localDateTime.trim())
                    .atZone(timeZone.zone())
                    .toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "draft.moment-invalid");
        }
    }

    private static Map<String, String> emptyForm() {
        return formValues(new DraftForm("", "", "", "", "", "", "", "", false, List.of(), ""));
    }

    private static Map<String, String> formValues(DraftForm form) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("titleUz", nz(form.titleUz()));
        values.put("titleRu", nz(form.titleRu()));
        values.put("titleEn", nz(form.titleEn()));
        values.put("summaryUz", nz(form.summaryUz()));
        values.put("summaryRu", nz(form.summaryRu()));
        values.put("summaryEn", nz(form.summaryEn()));
        values.put("actType", nz(form.actType()));
        values.put("sector", nz(form.sector()));
        values.put("needsRia", form.needsRia() ? "true" : "");
        values.put("changeNote", nz(form.changeNote()));
        return values;
    }

    private static Map<String, String> formValues(Draft draft) {
        DraftTexts texts = draft.texts();
        return formValues(new DraftForm(
                texts.titleUz(),
                texts.titleRu(),
                texts.titleEn(),
                texts.summaryUz(),
                texts.summaryRu(),
                texts.summaryEn(),
                draft.actTypeCode(),
                draft.sectorCode(),
                draft.needsRia(),
                List.of(),
                ""));
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
