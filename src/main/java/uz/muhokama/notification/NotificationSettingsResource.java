package uz.muhokama.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uz.muhokama.platform.web.ApiDocs;

/** How often the caller hears of each topic by e-mail, and when their digests go. */
@ApplicationScoped
@Path("api/v1/me/notification-settings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications")
public class NotificationSettingsResource {

    @Inject
    NotificationSettings settings;

    @GET
    @Operation(
            operationId = "getMyNotificationSettings",
            summary = "How often the caller hears of each of their topics, and their digest hour and weekday")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @APIResponse(
            responseCode = "200",
            description = "The caller's settings (defaults where they chose nothing)",
            content = @Content(schema = @Schema(implementation = NotificationSettingsView.class)))
    public NotificationSettingsView mine() {
        return settings.mine();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "changeMyNotificationSettings",
            summary = "Change what is named (topics not named, an hour or weekday left out, stay as they are)")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @APIResponse(
            responseCode = "200",
            description = "The caller's settings after the change",
            content = @Content(schema = @Schema(implementation = NotificationSettingsView.class)))
    public NotificationSettingsView change(NotificationSettingsView change) {
        return settings.change(change);
    }
}
