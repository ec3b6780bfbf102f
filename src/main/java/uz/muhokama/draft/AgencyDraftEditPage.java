package uz.muhokama.draft;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uz.muhokama.platform.error.AppException;
import uz.muhokama.platform.i18n.CurrentLanguage;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.i18n.Messages;
import uz.muhokama.platform.time.PortalTimeZone;
import uz.muhokama.platform.web.FormErrors;
import uz.muhokama.platform.web.View;
import uz.muhokama.reference.ReferenceCatalog;
import uz.muhokama.reference.ReferenceList;

/**
 * The agency editor's draft page ({@code draft/agency-edit}), built for both page classes that show it:
 * {@link AgencyDraftPages} after writing or saving, and {@link AgencyDraftActionPages} when publishing,
 * an extension, a withdrawal or an attachment is refused. Clauses come as rows with three empty ones to
 * add more, so the form needs no JavaScript.
 */
@ApplicationScoped
class AgencyDraftEditPage {

    private static final int EMPTY_CLAUSE_ROWS = 3;

    @Inject
    DraftService drafts;

    @Inject
    DraftAccess access;

    @Inject
    ReferenceCatalog reference;

    @Inject
    CurrentLanguage language;

    @Inject
    Messages messages;

    @Inject
    PortalTimeZone timeZone;

    @Inject
    Clock clock;

    /** An empty form for a new draft. */
    View blank() {
        return page(null, emptyForm(), rows(List.of()), null);
    }

    /**
     * The form with what the editor typed, after the save was refused; {@code number} is null for a draft
     * not yet created.
     */
    View asTyped(String number, DraftForm form, AppException rejected) {
        DraftView view = number == null ? null : drafts.view(number, null, language.get());
        return page(view, formValues(form), rows(form.clauses()), rejected);
    }

    /** The editor's own draft as saved; {@code rejected} is the action refused on it, or null. */
    View asSaved(String number, AppException rejected) {
        Draft draft = access.ownDraft(number);
        DraftView view = drafts.view(number, null, language.get());
        return page(
                view,
                formValues(draft),
                rows(view.clauses().stream()
                        .map(c -> new ClauseInput(
                                c.key(), c.number(), c.heading(), c.text(), c.headingCyrl(), c.textCyrl()))
                        .toList()),
                rejected);
    }

    private View page(DraftView draft, Map<String, String> form, List<ClauseInput> clauseRows, AppException rejected) {
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

    private static List<ClauseInput> rows(List<ClauseInput> clauses) {
        List<ClauseInput> rows = new ArrayList<>(clauses);
        for (int i = 0; i < EMPTY_CLAUSE_ROWS; i++) {
            rows.add(new ClauseInput("", "", "", "", "", ""));
        }
        return rows;
    }

    private static Map<String, String> emptyForm() {
        return formValues(new DraftForm("", "", "", "", "", "", "", "", "", "", false, List.of(), ""));
    }

    private static Map<String, String> formValues(DraftForm form) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("titleUz", nz(form.titleUz()));
        values.put("titleUzCyrl", nz(form.titleUzCyrl()));
        values.put("titleRu", nz(form.titleRu()));
        values.put("titleEn", nz(form.titleEn()));
        values.put("summaryUz", nz(form.summaryUz()));
        values.put("summaryUzCyrl", nz(form.summaryUzCyrl()));
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
                texts.titleUzCyrl(),
                texts.titleRu(),
                texts.titleEn(),
                texts.summaryUz(),
                texts.summaryUzCyrl(),
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
