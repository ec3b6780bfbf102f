package uz.muhokama.stats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uz.muhokama.platform.error.AppException;
import uz.muhokama.platform.error.ResourceNotFound;
import uz.muhokama.platform.i18n.CurrentLanguage;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.i18n.Messages;
import uz.muhokama.platform.time.PortalTimeZone;
import uz.muhokama.platform.web.FormErrors;
import uz.muhokama.platform.web.View;

/**
 * The statistics pages: {@code /statistics} (by region), {@code /statistics/sectors}, {@code /agencies}
 * and {@code /months}, each a chart and the same numbers as a table, a period form and the downloads.
 */
@ApplicationScoped
@Path("statistics")
@Produces(MediaType.TEXT_HTML)
public class StatsPages {

    static final List<String> SECTIONS = List.of("regions", "sectors", "agencies", "months");

    @Inject
    StatsService stats;

    @Inject
    StatsDownloads downloads;

    @Inject
    Messages messages;

    @Inject
    CurrentLanguage language;

    @Inject
    PortalTimeZone timeZone;

    @GET
    @Operation(hidden = true)
    public Response regions(@QueryParam("from") String from, @QueryParam("to") String to) {
        return page("regions", from, to);
    }

    @GET
    @Path("{section}")
    @Operation(hidden = true)
    public Response section(
            @PathParam("section") String section, @QueryParam("from") String from, @QueryParam("to") String to) {
        if (!SECTIONS.contains(section) || "regions".equals(section)) {
            throw new ResourceNotFound();
        }
        return page(section, from, to);
    }

    private Response page(String section, String from, String to) {
        Language lang = language.get();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("from", from == null ? "" : from);
        form.put("to", to == null ? "" : to);
        View view = View.of("stats/statistics")
                .with("section", section)
                .with("sections", SECTIONS)
                .with("form", form)
                .with("time", timeZone);
        try {
            StatsPeriod period = stats.period(from, to);
            StatsGrid grid = downloads.grid(section, period, lang);
            return Response.ok(view.with("period", period)
                            .with("query", period.query())
                            .with("grid", grid)
                            .with("cells", shown(grid))
                            .with("firstColumn", "months".equals(section) ? 0 : 1)
                            .with("chart", chart(section, grid, lang))
                            .with("countedUpTo", countedUpTo(section, period, lang))
                            .with("regions", "regions".equals(section) ? stats.regions(period, lang) : null))
                    .build();
        } catch (AppException rejected) {
            return Response.status(rejected.status())
                    .entity(view.with(
                            "errors", FormErrors.of(rejected, messages, lang).byField()))
                    .build();
        }
    }

    /** The table's cells as the page prints them ("—" where nothing applies), so the template only prints text. */
    private static List<List<String>> shown(StatsGrid grid) {
        return grid.rows().stream()
                .map(row -> row.stream()
                        .map(cell -> cell == null ? "—" : cell.toString())
                        .toList())
                .toList();
    }

    /**
     * Regions are compared by participants per 100,000 residents (their sizes differ fourfold), sectors
     * and agencies by comments received, months by participants. The total row is left out of the chart.
     */
    private BarChart chart(String section, StatsGrid grid, Language lang) {
        int labelColumn = "months".equals(section) ? 0 : 1;
        int valueColumn = switch (section) {
            case "regions" -> grid.headers().size() - 1;
            case "months" -> 1;
            default -> 5;
        };
        List<List<Object>> rows = grid.rows().subList(0, grid.rows().size() - ("regions".equals(section) ? 2 : 1));
        return BarChart.of(
                messages.get(lang, "stats.chart." + section),
                rows.stream().map(r -> (String) r.get(labelColumn)).toList(),
                rows.stream().map(r -> (Number) r.get(valueColumn)).toList());
    }

    private Instant countedUpTo(String section, StatsPeriod period, Language lang) {
        return switch (section) {
            case "regions" -> stats.regions(period, lang).countedUpTo();
            case "months" -> stats.months(period, lang).countedUpTo();
            case "sectors" -> stats.sectors(period, lang).countedUpTo();
            default -> stats.agencies(period, lang).countedUpTo();
        };
    }
}
