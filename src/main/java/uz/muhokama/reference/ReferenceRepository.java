package uz.muhokama.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Reads the reference tables; they change only through migrations. */
@ApplicationScoped
class ReferenceRepository {

    @PersistenceContext(unitName = "muhokama")
    EntityManager em;

    public <T extends ReferenceEntry> List<T> all(Class<T> type) {
        return em.createQuery("SELECT e FROM " + type.getSimpleName() + " e ORDER BY e.sortOrder, e.code", type)
                .getResultList();
    }

    public <T extends ReferenceEntry> Optional<T> find(Class<T> type, String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(type, code));
    }
}
