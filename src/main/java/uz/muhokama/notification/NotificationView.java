package uz.muhokama.notification;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One notification as its reader sees it, in their language; {@code link} is a path on the portal. */
@Schema(name = "Notification")
public record NotificationView(
        long id,

        @Schema(description = "What happened: draft-published, draft-closing-soon, comment-reply, …")
        String type,

        @Schema(description = "The topic it counts under for e-mail: new-drafts, followed-drafts, …")
        String topic,

        String title,
        String text,
        String link,
        Instant occurredAt,
        boolean read) {}
