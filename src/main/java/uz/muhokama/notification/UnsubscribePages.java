package uz.muhokama.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uz.muhokama.platform.i18n.CurrentLanguage;
import uz.muhokama.platform.web.View;

/**
 * {@code /unsubscribe/{token}}, the link in every notification e-mail. GET shows what the button stops
 * and changes nothing (mail scanners follow links); POST — the page's button, or a mail program's
 * RFC 8058 one-click post ({@code List-Unsubscribe=One-Click}) — stops it, with no sign-in and no cookie
 * (the CSRF filter lets exactly this path through: the signed token is the proof), and says what it
 * stopped. A bad or tampered token gets the error page (404) and changes nothing.
 */
@ApplicationScoped
@Path("unsubscribe/{token}")
@Produces(MediaType.TEXT_HTML)
public class UnsubscribePages {

    @Inject
    UnsubscribeService unsubscribe;

    @Inject
    CurrentLanguage language;

    @GET
    @Operation(hidden = true)
    public View ask(@PathParam("token") String token) {
        UnsubscribeService.Stop stop = unsubscribe.read(token, language.get());
        return View.of("notification/unsubscribe")
                .with("question", stop.question())
                .with(
                        "action",
                        "/unsubscribe/" + URLEncoder.encode(token, StandardCharsets.UTF_8) + "?lang="
                                + language.get().tag());
    }

    /** The body is not read: the button's empty form and a mail program's one-click body mean the same. */
    @POST
    @Operation(hidden = true)
    public View stop(@PathParam("token") String token) {
        UnsubscribeService.Stop stop = unsubscribe.stop(token, language.get());
        return View.of("notification/unsubscribe").with("done", stop.done());
    }
}
