package uz.muhokama.bench.ceiling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDateTime;

/** POST /ceiling/insert {"text": "…"}: JSON in, one row persisted and committed through JPA, 201 out. */
@Path("insert")
@ApplicationScoped
public class InsertResource {

    /** The body, as a comment would send it. */
    public record Text(String text) {}

    @PersistenceContext(unitName = "ceiling")
    EntityManager em;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    public Response insert(Text text) {
        CeilingRow row = new CeilingRow();
        row.body = text.text();
        row.createdAt = LocalDateTime.now();
        em.persist(row);
        em.flush();
        return Response.status(201).entity("{\"id\":" + row.id + "}").build();
    }
}
