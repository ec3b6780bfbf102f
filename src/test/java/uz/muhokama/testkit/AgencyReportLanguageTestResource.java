package uz.muhokama.testkit;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uz.muhokama.platform.cache.Caches;
import uz.muhokama.platform.cache.SharedCache;

/**
 * Sets the language an agency's reports are written in, which only a migration changes in production, and makes
 * the reference lists read again; test WAR only.
 */
@ApplicationScoped
@Path("api/v1/test/agencies/{code}/report-language")
public class AgencyReportLanguageTestResource {

    @Resource(lookup = "jdbc/app")
    DataSource dataSource;

    @Inject
    Caches caches;

    @PUT
    @Consumes(MediaType.TEXT_PLAIN)
    @Operation(hidden = true)
    public Response set(@PathParam("code") String code, String tag) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update =
                        connection.prepareStatement("UPDATE agency SET report_language = ? WHERE code = ?")) {
            update.setString(1, tag.strip());
            update.setString(2, code);
            if (update.executeUpdate() != 1) {
                throw new NotFoundException();
            }
        }
        caches.all().stream()
                .filter(cache -> cache.policy().name().equals("reference-lists"))
                .forEach(SharedCache::forgetAll);
        return Response.noContent().build();
    }
}
