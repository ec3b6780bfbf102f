package uz.muhokama.notification;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How often a person hears of each topic by e-mail, and when their digests go. Read whole; sent back with
 * only what changes (topics not named keep their choice, an hour or weekday left out stays).
 *
 * @param frequencies   topic code → {@code instant}, {@code daily}, {@code weekly} or {@code never}
 * @param digestHour    the hour of the daily and weekly digests, 0–23, Tashkent time
 * @param digestWeekday the ISO day of the weekly digest, 1 (Monday) to 7 (Sunday)
 */
@Schema(name = "NotificationSettings")
public record NotificationSettingsView(
        @Schema(
                description = "Topic (new-drafts, followed-drafts, replies, decisions, agency-inbox, admin-queue) "
                        + "→ frequency (instant, daily, weekly, never)")
        Map<String, String> frequencies,

        @Schema(minimum = "0", maximum = "23") Integer digestHour,
        @Schema(minimum = "1", maximum = "7") Integer digestWeekday) {}
