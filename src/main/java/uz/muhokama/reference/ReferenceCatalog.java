package uz.muhokama.reference;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uz.muhokama.platform.cache.CachePolicy;
import uz.muhokama.platform.cache.Caches;
import uz.muhokama.platform.cache.SharedCache;
import uz.muhokama.platform.i18n.Language;

/**
 * The reference lists for pages, the API and other features, named in the asked language. The lists
 * change only through migrations, so each instance keeps them for a short while
 * ({@code muhokama.reference.cache-seconds}) instead of reading them on every request.
 */
@ApplicationScoped
public class ReferenceCatalog {

    @Inject
    ReferenceRepository repository;

    @Inject
    Caches caches;

    @Inject
    @ConfigProperty(name = "muhokama.reference.cache-seconds", defaultValue = "300")
    long cacheSeconds;

    private SharedCache<ReferenceList, Map<String, ReferenceEntry>> lists;

    @PostConstruct
    void createCache() {
        lists = caches.create(CachePolicy.<Map<String, ReferenceEntry>>named("reference-lists")
                .withMaxEntries(ReferenceList.values().length)
                .withFreshFor(Duration.ofSeconds(cacheSeconds)));
    }

    public List<ReferenceItem> list(ReferenceList list, Language language) {
        return entries(list).values().stream().map(e -> item(e, language)).toList();
    }

    public Optional<ReferenceItem> find(ReferenceList list, String code, Language language) {
        return Optional.ofNullable(code == null ? null : entries(list).get(code))
                .map(e -> item(e, language));
    }

    public boolean exists(ReferenceList list, String code) {
        return code != null && entries(list).containsKey(code);
    }

    /** Whether acts of this type are departmental, which shortens their minimum discussion. */
    public boolean isDepartmentalActType(String actTypeCode) {
        ReferenceEntry entry =
                actTypeCode == null ? null : entries(ReferenceList.ACT_TYPES).get(actTypeCode);
        return entry instanceof ActType type && type.departmental();
    }

    /** How to reach an agency with its reports: its name, contact address (if any) and report language. */
    public record AgencyContact(String code, LocalizedName name, Optional<String> email, Language language) {}

    public Optional<AgencyContact> agencyContact(String agencyCode) {
        ReferenceEntry entry =
                agencyCode == null ? null : entries(ReferenceList.AGENCIES).get(agencyCode);
        return entry instanceof Agency agency
                ? Optional.of(
                        new AgencyContact(agency.code(), agency.name(), agency.contactEmail(), agency.reportLanguage()))
                : Optional.empty();
    }

    /** The region an agency is the own authority of (a khokimiyat's); empty for national bodies and unknown codes. */
    public Optional<String> regionOfAgency(String agencyCode) {
        ReferenceEntry entry =
                agencyCode == null ? null : entries(ReferenceList.AGENCIES).get(agencyCode);
        return entry instanceof Agency agency ? agency.regionCode() : Optional.empty();
    }

    /** The residents of each region that has a count, by region code, in the list's order. */
    public Map<String, Population> populations() {
        Map<String, Population> byCode = new LinkedHashMap<>();
        entries(ReferenceList.REGIONS)
                .values()
                .forEach(e -> ((Region) e).population().ifPresent(p -> byCode.put(e.code(), p)));
        return byCode;
    }

    private Map<String, ReferenceEntry> entries(ReferenceList list) {
        return lists.get(list, () -> {
            Map<String, ReferenceEntry> byCode = new LinkedHashMap<>();
            repository.all(list.entity()).forEach(e -> byCode.put(e.code(), e));
            return Collections.unmodifiableMap(byCode);
        });
    }

    private static ReferenceItem item(ReferenceEntry entry, Language language) {
        return new ReferenceItem(
                entry.code(), entry.name().in(language), entry.name().all());
    }
}
