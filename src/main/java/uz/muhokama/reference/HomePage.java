package uz.muhokama.reference;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uz.muhokama.platform.i18n.CurrentLanguage;
import uz.muhokama.platform.web.View;

/**
 * The front page: what the portal is for and the sectors drafts are filed under. It lives here while
 * it shows only reference data; once drafts exist it moves to the feature that lists them.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomePage {

    @Inject
    ReferenceCatalog catalog;

    @Inject
    CurrentLanguage language;

    @GET
    @Operation(hidden = true)
    public View home() {
        return View.of("home").with("sectors", catalog.list(ReferenceList.SECTORS, language.get()));
    }
}
