package uz.muhokama.opendata;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uz.muhokama.platform.time.PortalTimeZone;
import uz.muhokama.platform.web.View;

/** {@code /open-data}: when the latest package was made, each file with its rows, the earlier packages, and how to stream each resource. */
@ApplicationScoped
@Path("open-data")
@Produces(MediaType.TEXT_HTML)
public class OpenDataPages {

    @Inject
    OpenDataService openData;

    @Inject
    PortalTimeZone timeZone;

    @GET
    @Operation(hidden = true)
    public View page() {
        return View.of("opendata/open-data")
                .with("catalogue", openData.catalogue())
                .with("time", timeZone);
    }
}
