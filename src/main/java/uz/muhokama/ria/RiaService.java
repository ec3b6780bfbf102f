package uz.muhokama.ria;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uz.muhokama.draft.AgencyDraft;
import uz.muhokama.draft.DraftNumber;
import uz.muhokama.draft.DraftService;
import uz.muhokama.draft.DraftView;
import uz.muhokama.platform.error.Conflict;
import uz.muhokama.platform.error.FieldError;
import uz.muhokama.platform.error.InvalidInput;
import uz.muhokama.platform.error.ResourceNotFound;
import uz.muhokama.platform.error.Validation;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.i18n.Messages;
import uz.muhokama.platform.security.Caller;
import uz.muhokama.platform.security.CurrentCaller;
import uz.muhokama.reference.ReferenceCatalog;
import uz.muhokama.reference.ReferenceItem;
import uz.muhokama.reference.ReferenceList;

/**
 * Writing and reading a draft's regulatory impact assessment. The draft's own agency's editors write it
 * while the draft is unpublished and read it at any time; everyone else reads it only once it has been
 * published with its draft, and until then it does not exist for them (404, as an unpublished draft).
 */
@ApplicationScoped
public class RiaService {

    @Inject
    RiaRepository assessments;

    @Inject
    DraftService drafts;

    @Inject
    ReferenceCatalog reference;

    @Inject
    Validation validation;

    @Inject
    CurrentCaller caller;

    @Inject
    Messages messages;

    @Inject
    Clock clock;

    @Inject
    @Any
    Instance<DiscussionResults.Source> discussionResults;

    /** The assessment of a draft for whoever asks: the agency at any time, others once published; 404 otherwise. */
    @Transactional
    public RiaView read(String number, Language language) {
        DraftView draft = drafts.view(number, null, language);
        boolean own = isOwnAgency(draft);
        return assessments
                .forDraft(draftId(draft))
                .filter(r -> own || r.isPublished())
                .map(r -> view(draft, r, language))
                .orElseThrow(ResourceNotFound::new);
    }

    /** What the agency's page shows: the draft, and its assessment if one was written (404 to anyone but the agency). */
    @Transactional
    public Editing editing(String number, Language language) {
        DraftView draft = drafts.view(number, null, language);
        if (!isOwnAgency(draft)) {
            throw new ResourceNotFound();
        }
        return new Editing(
                draft,
                assessments
                        .forDraft(draftId(draft))
                        .map(r -> view(draft, r, language))
                        .orElse(null));
    }

    /** The agency's page model: the draft, and its assessment (null before the first save). */
    public record Editing(DraftView draft, RiaView assessment) {}

    /**
     * Writes the assessment whole (the draft's own agency's editors, while the draft is unpublished).
     * Input that breaks a rule changes nothing and is answered with every broken rule on its field.
     */
    @Transactional
    public RiaView save(String number, RiaForm form, Language language) {
        AgencyDraft draft = drafts.agencyDraftForChange(number);
        check(form);
        if (draft.isPublic()) {
            throw new Conflict("ria.published");
        }
        Optional<RegulatoryImpactAssessment> existing = assessments.forDraft(draft.id());
        if (existing.isPresent()) {
            existing.get().revise(form, clock.instant());
        } else {
            assessments.add(new RegulatoryImpactAssessment(draft.id(), form, clock.instant()));
        }
        return read(draft.number(), language);
    }

    /**
     * The published assessment of a draft known by id, for other features (a report's sheet): empty if the
     * draft has none or it is not public yet. Labels in the given language.
     */
    @Transactional
    public Optional<RiaView> publishedFor(long draftId, Language language) {
        return assessments
                .forDraft(draftId)
                .filter(RegulatoryImpactAssessment::isPublished)
                .map(r -> view(drafts.view(drafts.numberOf(draftId), null, language), r, language));
    }

    /** The published assessment for the public draft page; nothing for unpublished drafts or assessments. */
    Optional<RiaView> forDraftPage(DraftView draft, Language language) {
        if (draft.publishedAt() == null) {
            return Optional.empty();
        }
        return assessments
                .forDraft(draftId(draft))
                .filter(RegulatoryImpactAssessment::isPublished)
                .map(r -> view(draft, r, language));
    }

    private void check(RiaForm form) {
        List<FieldError> errors = problems(form);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    /** Every rule the form breaks, each on its field (Bean Validation, the entity's rules, known regions). */
    List<FieldError> problems(RiaForm form) {
        List<FieldError> errors = new ArrayList<>(validation.violations(form));
        if (form != null) {
            errors.addAll(RiaFormRules.problemsWith(form));
            for (String region : form.regions()) {
                if (region == null || !reference.exists(ReferenceList.REGIONS, region.trim())) {
                    errors.add(new FieldError("regions", "ria.regions.unknown", String.valueOf(region)));
                }
            }
        }
        return errors;
    }

    private boolean isOwnAgency(DraftView draft) {
        return draft.agency() != null
                && caller.get()
                        .flatMap(Caller::agency)
                        .map(draft.agency().code()::equals)
                        .orElse(false);
    }

    private static long draftId(DraftView draft) {
        return DraftNumber.idFrom(draft.number()).orElseThrow(ResourceNotFound::new);
    }

    RiaView view(DraftView draft, RegulatoryImpactAssessment r, Language language) {
        List<RiaView.Label> missing = r.missing().stream()
                .map(code -> label("ria.missing.", code, language))
                .toList();
        List<ReferenceItem> regions = r.regions().stream()
                .map(code -> reference
                        .find(ReferenceList.REGIONS, code, language)
                        .orElse(new ReferenceItem(code, code, Map.of())))
                .toList();
        DiscussionResults results = r.isPublished() ? discussionResultsFor(r.draftId()) : DiscussionResults.PENDING;
        return new RiaView(
                draft.number(),
                draft.needsRia(),
                label("ria.level.", r.level().code(), language),
                missing.isEmpty(),
                missing,
                r.problem(),
                r.objectives(),
                r.options().stream()
                        .map(o -> new RiaView.Option(
                                label("ria.option.kind.", o.kind().code(), language), o.title(), o.description()))
                        .toList(),
                r.impacts().stream()
                        .map(i -> new RiaView.Impact(
                                label("ria.group.", i.group().code(), language),
                                i.costOneOffUzs(),
                                i.costYearlyUzs(),
                                i.costs(),
                                i.benefitOneOffUzs(),
                                i.benefitYearlyUzs(),
                                i.benefits()))
                        .toList(),
                r.affectedGroups(),
                regions,
                r.administrativeBurden(),
                r.corruptionRisks(),
                r.risks().stream()
                        .map(k -> new RiaView.Risk(k.risk(), k.mitigation()))
                        .toList(),
                r.indicators().stream()
                        .map(i -> new RiaView.Indicator(
                                i.name(), i.baseline(), i.target(), i.dataSource(), i.reviewOn(), i.evaluationOn()))
                        .toList(),
                results,
                r.updatedAt(),
                r.publishedAt());
    }

    private DiscussionResults discussionResultsFor(long draftId) {
        for (DiscussionResults.Source source : discussionResults) {
            Optional<DiscussionResults> found = source.forDraft(draftId);
            if (found.isPresent()) {
                return found.get();
            }
        }
        return DiscussionResults.PENDING;
    }

    RiaView.Label label(String prefix, String code, Language language) {
        return new RiaView.Label(code, messages.get(language, prefix + code));
    }
}
