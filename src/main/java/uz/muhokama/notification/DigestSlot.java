package uz.muhokama.notification;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * One hour of Tashkent time in which digests go out: the people whose digest hour it is get their daily
 * digest, and those whose digest day it is too their weekly one. Its key ({@code 2026-12-08T08}, local
 * time) names the slot's delivery rows, so every instance that looks makes the same rows.
 */
record DigestSlot(LocalDateTime local, Instant start) {

    private static final DateTimeFormatter KEY = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH");

    /** The slot {@code now} falls in. */
    static DigestSlot at(Instant now, ZoneId zone) {
        LocalDateTime local = LocalDateTime.ofInstant(now, zone).truncatedTo(ChronoUnit.HOURS);
        return new DigestSlot(local, local.atZone(zone).toInstant());
    }

    /** The slot a delivery row's key names; empty for anything else. */
    static Optional<DigestSlot> of(String key, ZoneId zone) {
        try {
            LocalDateTime local = LocalDateTime.parse(key + ":00", DateTimeFormatter.ISO_LOCAL_DATE_TIME);
            return Optional.of(new DigestSlot(local, local.atZone(zone).toInstant()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The slot {@code hours} hours before this one. */
    DigestSlot hoursBefore(int hours, ZoneId zone) {
        LocalDateTime earlier = local.minusHours(hours);
        return new DigestSlot(earlier, earlier.atZone(zone).toInstant());
    }

    String key() {
        return KEY.format(local);
    }

    /** The hour of the day (0–23), as people choose it. */
    int hour() {
        return local.getHour();
    }

    /** The ISO day of the week (1 = Monday), as people choose it for the weekly digest. */
    int weekday() {
        return local.getDayOfWeek().getValue();
    }

    /** Whether a person with this digest hour and day gets a digest of {@code kind} in this slot. */
    boolean isFor(NotificationDelivery.Kind kind, int digestHour, int digestWeekday) {
        return digestHour == hour()
                && (kind != NotificationDelivery.Kind.WEEKLY || DayOfWeek.of(digestWeekday) == local.getDayOfWeek());
    }
}
