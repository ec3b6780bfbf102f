package uz.muhokama.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uz.muhokama.platform.error.AppException;
import uz.muhokama.platform.i18n.CurrentLanguage;
import uz.muhokama.platform.security.CurrentCaller;
import uz.muhokama.platform.time.PortalTimeZone;
import uz.muhokama.platform.web.PageRedirects;
import uz.muhokama.platform.web.Params;
import uz.muhokama.platform.web.Slice;
import uz.muhokama.platform.web.View;

/** {@code /me/notifications}: the person's notifications, unread first, with "mark read" buttons. */
@ApplicationScoped
@Path("me/notifications")
@Produces(MediaType.TEXT_HTML)
public class NotificationPages {

    private static final String HERE = "/me/notifications";

    @Inject
    Inbox inbox;

    @Inject
    CurrentCaller caller;

    @Inject
    CurrentLanguage language;

    @Inject
    PortalTimeZone timeZone;

    @GET
    @Operation(hidden = true)
    public Response page(@QueryParam("cursor") String cursor) {
        if (caller.get().isEmpty()) {
            return PageRedirects.signInFirst(HERE);
        }
        Slice<NotificationView> slice;
        try {
            slice = inbox.page(cursor, language.get());
        } catch (AppException badCursor) {
            // A cursor from an old link or typed by hand: the first page rather than an error.
            slice = inbox.page(null, language.get());
        }
        View view = View.of("notification/notifications")
                .with("items", slice.items())
                .with("time", timeZone)
                .with("first", cursor == null || cursor.isEmpty());
        if (slice.next() != null) {
            view = view.with("next", HERE + "?cursor=" + URLEncoder.encode(slice.next(), StandardCharsets.UTF_8));
        }
        return Response.ok(view).build();
    }

    @POST
    @Path("{id}/read")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response markRead(@PathParam("id") String id) {
        if (caller.get().isEmpty()) {
            return PageRedirects.signInFirst(HERE);
        }
        inbox.markRead(Params.id(id));
        return PageRedirects.seeOther(HERE);
    }

    @POST
    @Path("read")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response markAllRead() {
        if (caller.get().isEmpty()) {
            return PageRedirects.signInFirst(HERE);
        }
        inbox.markAllRead();
        return PageRedirects.seeOther(HERE);
    }
}
