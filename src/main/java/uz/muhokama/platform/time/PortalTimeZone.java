package uz.muhokama.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Times are stored as instants and shown in the portal's zone, Asia/Tashkent unless configured. */
@ApplicationScoped
public class PortalTimeZone {

    private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    @Inject
    @ConfigProperty(name = "muhokama.time-zone", defaultValue = "Asia/Tashkent")
    String zoneId;

    public ZoneId zone() {
        return ZoneId.of(zoneId);
    }

    /** dd.MM.yyyy HH:mm in the portal's zone, as pages show times. */
    public String format(Instant instant) {
        return instant == null ? "" : DISPLAY.format(instant.atZone(zone()));
    }
}
