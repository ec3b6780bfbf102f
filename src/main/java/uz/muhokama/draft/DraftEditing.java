package uz.muhokama.draft;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import uz.muhokama.platform.error.FieldError;
import uz.muhokama.platform.error.InvalidInput;
import uz.muhokama.platform.error.Validation;
import uz.muhokama.platform.security.Caller;
import uz.muhokama.reference.ReferenceCatalog;
import uz.muhokama.reference.ReferenceList;

/** Writing a draft's text: its description and clauses, by its own agency's editors. */
@ApplicationScoped
class DraftEditing {

    @Inject
    DraftRepository drafts;

    @Inject
    DraftAccess access;

    @Inject
    ReferenceCatalog reference;

    @Inject
    Validation validation;

    @Inject
    Clock clock;

    @Transactional
    public Draft create(DraftForm form) {
        Caller editor = access.editor();
        check(form);
        Instant now = clock.instant();
        Draft draft = drafts.add(new Draft(
                editor.agencyCode(),
                reference.regionOfAgency(editor.agencyCode()).orElse(null),
                form,
                now));
        DraftVersion first = new DraftVersion(draft.id(), 1, now, null);
        first.writeClauses(form.clauses(), List.of());
        drafts.add(first);
        return draft;
    }

    /** Unpublished: edited in place. Published: a new version; clauses sent with their key keep it. */
    @Transactional
    public Draft update(String number, DraftForm form) {
        Draft draft = access.ownDraft(number);
        check(form);
        Instant now = clock.instant();
        boolean newVersion = draft.editsMakeNewVersions();
        DraftVersion current =
                drafts.version(draft.id(), draft.currentVersion()).orElseThrow();
        draft.describe(form, now);
        drafts.indexTerms(draft);
        if (newVersion) {
            DraftVersion next = new DraftVersion(draft.id(), draft.nextVersion(), now, form.changeNote());
            next.writeClauses(form.clauses(), current.clauses());
            drafts.add(next);
        } else {
            // Replaced whole. EclipseLink writes new rows before it deletes orphans, so a clause keeping its
            // number or key would meet its old row in uq_clause_no / uq_clause_key (a 500): the old rows go first.
            List<Clause> previous = current.clauses();
            current.removeClauses();
            drafts.flush();
            current.writeClauses(form.clauses(), previous);
        }
        return draft;
    }

    private void check(DraftForm form) {
        List<FieldError> errors = new ArrayList<>(validation.violations(form));
        if (form != null) {
            // One Uzbek title and one text per clause, in either script (the fields are optional one by one).
            if (DraftTexts.trimToNull(form.titleUz()) == null && DraftTexts.trimToNull(form.titleUzCyrl()) == null) {
                errors.add(new FieldError("titleUz", "draft.title.required"));
            }
            if (form.clauses() != null) {
                for (int i = 0; i < form.clauses().size(); i++) {
                    ClauseInput clause = form.clauses().get(i);
                    if (clause != null && !clause.hasText()) {
                        errors.add(new FieldError("clauses[" + i + "].text", "draft.clause.text-required"));
                    }
                }
            }
            if (form.actType() != null
                    && !form.actType().isBlank()
                    && !reference.exists(ReferenceList.ACT_TYPES, form.actType())) {
                errors.add(new FieldError("actType", "draft.act-type.unknown"));
            }
            if (form.sector() != null
                    && !form.sector().isBlank()
                    && !reference.exists(ReferenceList.SECTORS, form.sector())) {
                errors.add(new FieldError("sector", "draft.sector.unknown"));
            }
            if (form.clauses() != null
                    && form.clauses().stream()
                                    .map(ClauseInput::number)
                                    .filter(n -> n != null)
                                    .map(String::trim)
                                    .distinct()
                                    .count()
                            < form.clauses().size()) {
                errors.add(new FieldError("clauses", "draft.clauses.duplicate-number"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }
}
