package uz.muhokama.draft;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import uz.muhokama.platform.error.FieldError;
import uz.muhokama.platform.error.InvalidInput;
import uz.muhokama.reference.ReferenceCatalog;
import uz.muhokama.reference.ReferenceList;

/**
 * What a search's parameters must be before it runs, for every reader of the search (the API, the
 * pages, the feeds): known codes, a known status and order, dates in order. Each broken rule is a 400
 * naming its field.
 */
@ApplicationScoped
class DraftSearchRules {

    static final Set<String> SORTS = Set.of("newest", "oldest", "closing", "discussed");

    @Inject
    ReferenceCatalog reference;

    void check(DraftSearch search) {
        List<FieldError> errors = new ArrayList<>();
        if (search.status() != null
                && !search.status().isBlank()
                && DraftStatus.fromCode(search.status())
                        .filter(DraftStatus::isSearchable)
                        .isEmpty()) {
            errors.add(new FieldError("status", "draft.search.status-unknown"));
        }
        if (!SORTS.contains(search.sort())) {
            errors.add(new FieldError("sort", "draft.search.sort-unknown"));
        }
        if (search.from() != null && search.to() != null && search.to().isBefore(search.from())) {
            errors.add(new FieldError("to", "draft.search.range-reversed"));
        }
        unknownCode(errors, ReferenceList.SECTORS, "sector", search.sector());
        unknownCode(errors, ReferenceList.ACT_TYPES, "actType", search.actType());
        unknownCode(errors, ReferenceList.AGENCIES, "agency", search.agency());
        unknownCode(errors, ReferenceList.REGIONS, "region", search.region());
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    private void unknownCode(List<FieldError> errors, ReferenceList list, String field, String code) {
        if (code != null && !code.isBlank() && !reference.exists(list, code.trim())) {
            errors.add(new FieldError(field, "draft.search." + field + "-unknown"));
        }
    }
}
