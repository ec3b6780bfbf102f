package uz.muhokama.stats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import uz.muhokama.platform.error.ResourceNotFound;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.i18n.Messages;
import uz.muhokama.platform.time.PortalTimeZone;

/** Picks a statistics table by its name in a URL and lays it out for a download. */
@ApplicationScoped
class StatsDownloads {

    @Inject
    StatsService stats;

    @Inject
    Messages messages;

    @Inject
    PortalTimeZone timeZone;

    /** The table named in the URL ({@code regions}, {@code sectors}, {@code agencies}, {@code months}); 404 for any other name. */
    StatsGrid grid(String table, StatsPeriod period, Language language) {
        return switch (table == null ? "" : table) {
            case "regions" -> StatsGrid.of(stats.regions(period, language), messages, language);
            case "sectors" -> StatsGrid.of(stats.sectors(period, language), messages, language);
            case "agencies" -> StatsGrid.of(stats.agencies(period, language), messages, language);
            case "months" -> StatsGrid.of(stats.months(period, language), messages, language);
            default -> throw new ResourceNotFound();
        };
    }

    /** {@code muhokama-regions-2026-01-01-2026-03-31.csv}: what, for when, in which format. */
    String fileName(String table, StatsPeriod period, String extension) {
        return "muhokama-" + table + "-" + period.from() + "-" + period.to() + "." + extension;
    }

    ZoneId zone() {
        return timeZone.zone();
    }
}
