package uz.muhokama.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Applications to be an expert. */
@ApplicationScoped
class ExpertApplicationRepository {

    @PersistenceContext(unitName = "muhokama")
    EntityManager em;

    public ExpertApplication add(ExpertApplication application) {
        em.persist(application);
        em.flush();
        return application;
    }

    public Optional<ExpertApplication> find(long id) {
        return Optional.ofNullable(em.find(ExpertApplication.class, id));
    }

    /** A person's applications, newest first. */
    public List<ExpertApplication> of(long accountId) {
        return em.createQuery(
                        "SELECT a FROM ExpertApplication a WHERE a.accountId = :account ORDER BY a.id DESC",
                        ExpertApplication.class)
                .setParameter("account", accountId)
                .getResultList();
    }

    /** A page of the applications in one state, oldest first (the queue an administrator works through). */
    /**
     * Applications in a state, waiting ones oldest first, decided ones newest first: from {@code first}, or
     * after the application {@code afterId} in that order when it is above 0 (a range of (state, id)).
     */
    public List<ExpertApplication> inState(ExpertApplication.State state, int first, int max, long afterId) {
        boolean oldestFirst = state == ExpertApplication.State.PENDING;
        var query = em.createQuery(
                        "SELECT a FROM ExpertApplication a WHERE a.state = :state"
                                + (afterId > 0 ? " AND a.id " + (oldestFirst ? ">" : "<") + " :after" : "")
                                + " ORDER BY a.id " + (oldestFirst ? "ASC" : "DESC"),
                        ExpertApplication.class)
                .setParameter("state", state)
                .setFirstResult(afterId > 0 ? 0 : first)
                .setMaxResults(max);
        return (afterId > 0 ? query.setParameter("after", afterId) : query).getResultList();
    }

    public long count(ExpertApplication.State state) {
        return em.createQuery("SELECT COUNT(a) FROM ExpertApplication a WHERE a.state = :state", Long.class)
                .setParameter("state", state)
                .getSingleResult();
    }
}
