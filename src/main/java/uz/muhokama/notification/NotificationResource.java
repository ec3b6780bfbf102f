package uz.muhokama.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uz.muhokama.platform.i18n.CurrentLanguage;
import uz.muhokama.platform.web.ApiDocs;
import uz.muhokama.platform.web.Paged;
import uz.muhokama.platform.web.Params;
import uz.muhokama.platform.web.Slice;

/** The caller's notifications in the portal: the list, marking read, the unread count. */
@ApplicationScoped
@Path("api/v1/me/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications")
public class NotificationResource {

    @Inject
    Inbox inbox;

    @Inject
    CurrentLanguage language;

    /** A page of notifications, and the cursor of the next page (null on the last). */
    @Schema(name = "NotificationList")
    public record NotificationList(List<NotificationView> items, String next) implements Paged {}

    /** How many unread notifications the caller has; {@code exact} is false when counting stopped at the cap. */
    @Schema(name = "UnreadCount")
    public record UnreadCount(int unread, boolean exact) {}

    @GET
    @Operation(
            operationId = "listMyNotifications",
            summary = "The caller's notifications, unread first, then read, each newest first (20 a page)")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @APIResponse(
            responseCode = "200",
            description = "A page of notifications",
            content = @Content(schema = @Schema(implementation = NotificationList.class)))
    public NotificationList list(@QueryParam("cursor") String cursor) {
        Slice<NotificationView> slice = inbox.page(cursor, language.get());
        return new NotificationList(slice.items(), slice.next());
    }

    @GET
    @Path("unread-count")
    @Operation(
            operationId = "countMyUnreadNotifications",
            summary = "How many unread notifications the caller has (counted up to 100)")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @APIResponse(
            responseCode = "200",
            description = "The count",
            content = @Content(schema = @Schema(implementation = UnreadCount.class)))
    public UnreadCount unread() {
        int unread = inbox.unread();
        return new UnreadCount(unread, unread < Inbox.COUNT_CAP);
    }

    @POST
    @Path("{id}/read")
    @Operation(operationId = "markMyNotificationRead", summary = "Mark one of the caller's notifications read")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @APIResponse(responseCode = "204", description = "Read (reading again changes nothing)")
    public Response markRead(@PathParam("id") String id) {
        inbox.markRead(Params.id(id));
        return Response.noContent().build();
    }

    @POST
    @Path("read")
    @Operation(operationId = "markAllMyNotificationsRead", summary = "Mark all the caller's notifications read")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @APIResponse(responseCode = "204", description = "All read")
    public Response markAllRead() {
        inbox.markAllRead();
        return Response.noContent().build();
    }
}
