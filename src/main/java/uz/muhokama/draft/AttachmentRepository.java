package uz.muhokama.draft;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Attachments of drafts; listing never loads the bytes. */
@ApplicationScoped
class AttachmentRepository {

    @PersistenceContext(unitName = "muhokama")
    EntityManager em;

    public Attachment add(Attachment attachment) {
        em.persist(attachment);
        em.flush();
        return attachment;
    }

    public List<AttachmentView> of(long draftId, String draftNumber) {
        return em
                .createQuery(
                        "SELECT a.id, a.fileName, a.mediaType, a.size, a.sha256 FROM Attachment a "
                                + "WHERE a.draftId = :draft",
                        Object[].class)
                .setParameter("draft", draftId)
                .getResultList()
                .stream()
                // Sorted here, not in SQL: a few rows, and every Derby sort costs more than the query
                // (docs/benchmarks.md).
                .sorted(Comparator.comparingLong(r -> (Long) r[0]))
                .map(r -> new AttachmentView(
                        (Long) r[0],
                        (String) r[1],
                        (String) r[2],
                        (Long) r[3],
                        (String) r[4],
                        "/api/v1/drafts/" + draftNumber + "/attachments/" + r[0]))
                .toList();
    }

    public Optional<Attachment> find(long draftId, long id) {
        return Optional.ofNullable(em.find(Attachment.class, id)).filter(a -> a.draftId() == draftId);
    }

    public void remove(Attachment attachment) {
        em.remove(attachment);
    }
}
