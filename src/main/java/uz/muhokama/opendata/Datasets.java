package uz.muhokama.opendata;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import uz.muhokama.draft.DraftFacts;
import uz.muhokama.platform.time.PortalTimeZone;

/**
 * Every resource of the open data, in the package's order, and the one way their rows are walked: a
 * batch at a time by key (each batch its own short read), narrowed by the query, so that memory stays
 * flat however many rows there are.
 */
@ApplicationScoped
class Datasets {

    static final int BATCH = 1000;

    @Inject
    DraftDatasets drafts;

    @Inject
    ParticipationDatasets participation;

    @Inject
    StatsDatasets stats;

    @Inject
    DraftFacts draftFacts;

    @Inject
    PortalTimeZone timeZone;

    private Map<String, Dataset> byName;

    @PostConstruct
    void collect() {
        Map<String, Dataset> all = new LinkedHashMap<>();
        List<Dataset> every = new ArrayList<>(drafts.all());
        every.addAll(participation.all());
        every.addAll(stats.all());
        every.forEach(d -> all.put(d.name(), d));
        byName = Collections.unmodifiableMap(all);
    }

    List<Dataset> all() {
        return List.copyOf(byName.values());
    }

    Optional<Dataset> named(String name) {
        return Optional.ofNullable(name == null ? null : byName.get(name));
    }

    /** Hands every row of the dataset that the query lets through to {@code each}, in key order; returns how many. */
    long walk(Dataset dataset, ExportQuery query, Consumer<List<Object>> each) {
        long count = 0;
        Map<Long, DraftFacts.Placement> placements = new LinkedHashMap<>();
        for (long key = 0; ; ) {
            List<ExportRow> rows = dataset.batches().after(key, BATCH, query);
            if (rows.isEmpty()) {
                return count;
            }
            if (query.sector() != null || query.agency() != null) {
                placements.clear();
                placements.putAll(draftFacts.placements(rows.stream()
                        .map(ExportRow::draftId)
                        .filter(id -> id != null)
                        .distinct()
                        .toList()));
            }
            for (ExportRow row : rows) {
                if (passes(row, query, placements, dataset)) {
                    each.accept(row.values());
                    count++;
                }
            }
            key = rows.get(rows.size() - 1).key();
        }
    }

    private boolean passes(ExportRow row, ExportQuery q, Map<Long, DraftFacts.Placement> placements, Dataset dataset) {
        if (q.draftId() != null && !q.draftId().equals(row.draftId())) {
            return false;
        }
        if (q.sector() != null || q.agency() != null) {
            DraftFacts.Placement placed = row.draftId() == null ? null : placements.get(row.draftId());
            if (placed == null
                    || (q.sector() != null && !q.sector().equals(placed.sector()))
                    || (q.agency() != null && !q.agency().equals(placed.agency()))) {
                return false;
            }
        }
        if (q.period() != null && dataset.periodOf() != null && !q.period().includes(row.at(), timeZone.zone())) {
            return false;
        }
        return q.region() == null || q.region().equals(regionOf(row, dataset));
    }

    /** Only comments take a region filter: their author's region column. */
    private static Object regionOf(ExportRow row, Dataset dataset) {
        int column = dataset.fields().stream().map(Field::name).toList().indexOf("author_region");
        return column < 0 ? null : row.values().get(column);
    }
}
