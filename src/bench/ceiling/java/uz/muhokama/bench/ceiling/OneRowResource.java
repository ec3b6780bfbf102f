package uz.muhokama.bench.ceiling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** GET /ceiling/one-row: one primary-key read through JPA, rendered as a tiny JSON string. */
@Path("one-row")
@ApplicationScoped
public class OneRowResource {

    @PersistenceContext(unitName = "ceiling")
    EntityManager em;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String read() {
        SectorRow row = em.find(SectorRow.class, "energy");
        return "{\"code\":\"" + row.code + "\",\"name\":\"" + row.nameEn + "\"}";
    }
}
