package uz.muhokama.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import uz.muhokama.platform.i18n.Language;

/** The reference lists for pages, the API and other features, named in the asked language. */
@ApplicationScoped
public class ReferenceCatalog {

    @Inject
    ReferenceRepository repository;

    public List<ReferenceItem> list(ReferenceList list, Language language) {
        return repository.all(list.entity()).stream().map(e -> item(e, language)).toList();
    }

    public Optional<ReferenceItem> find(ReferenceList list, String code, Language language) {
        return repository.find(list.entity(), code).map(e -> item(e, language));
    }

    public boolean exists(ReferenceList list, String code) {
        return repository.find(list.entity(), code).isPresent();
    }

    /** Whether acts of this type are departmental, which shortens their minimum discussion. */
    public boolean isDepartmentalActType(String actTypeCode) {
        return repository.find(ActType.class, actTypeCode).map(ActType::departmental).orElse(false);
    }

    private static ReferenceItem item(ReferenceEntry entry, Language language) {
        return new ReferenceItem(entry.code(), entry.name().in(language), entry.name().all());
    }
}
