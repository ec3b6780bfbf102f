package uz.muhokama.draft;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.time.PortalTimeZone;
import uz.muhokama.reference.ReferenceCatalog;
import uz.muhokama.reference.ReferenceItem;
import uz.muhokama.reference.ReferenceList;

/**
 * The newest public drafts matching a search, for readers that list rather than page (the Atom feeds):
 * the search's own checks and indexed paths, newest published first, without the count a page needs.
 */
@ApplicationScoped
public class DraftListings {

    @Inject
    @ConfigProperty(name = "muhokama.drafts.search.rare-word-limit", defaultValue = "2000")
    int rareWordLimit;

    @Inject
    DraftSearchRules rules;

    @Inject
    DraftSearchRepository publicSearch;

    @Inject
    ReferenceCatalog reference;

    @Inject
    PortalTimeZone timeZone;

    /**
     * At most {@code limit} public drafts matching the search's words and filters (its status, order and
     * page are not used), newest published first. Bad parameters are a 400 naming each field.
     */
    @Transactional
    public List<ListedDraft> newest(DraftSearch search, int limit, Language language) {
        rules.check(search);
        List<Draft> drafts = publicSearch.newest(search, limit, timeZone.zone(), rareWordLimit);
        Map<String, ReferenceItem> sectors = byCode(ReferenceList.SECTORS, language);
        Map<String, ReferenceItem> agencies = byCode(ReferenceList.AGENCIES, language);
        return drafts.stream()
                .map(d -> new ListedDraft(
                        d.number(),
                        d.texts().shownTitle(language).text(),
                        d.texts().shownTitle(language).generated(),
                        d.texts().shownSummary(language).text(),
                        d.texts().shownSummary(language).generated(),
                        sectors.get(d.sectorCode()),
                        agencies.get(d.agencyCode()),
                        d.discussion().opensAt(),
                        d.discussion().closesAt(),
                        d.publishedAt(),
                        d.changedAt(),
                        d.withdrawnAt()))
                .toList();
    }

    private Map<String, ReferenceItem> byCode(ReferenceList list, Language language) {
        Map<String, ReferenceItem> items = new HashMap<>();
        reference.list(list, language).forEach(i -> items.put(i.code(), i));
        return items;
    }
}
