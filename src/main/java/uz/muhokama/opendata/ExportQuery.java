package uz.muhokama.opendata;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import uz.muhokama.platform.error.FieldError;
import uz.muhokama.platform.error.InvalidInput;
import uz.muhokama.stats.StatsPeriod;

/**
 * What a streaming export was asked for: a period of Tashkent days (null: all time), a sector, an
 * agency, a draft, a region (each null when not asked). Checked before a byte is sent: an unknown
 * sector, agency, region or draft, or a bad date, is a 400 naming its field.
 */
record ExportQuery(StatsPeriod period, String sector, String agency, Long draftId, String region) {

    static final ExportQuery ALL = new ExportQuery(null, null, null, null, null);

    /** The period's bounds as instants, or null when the export is for all time. */
    Instant from(ZoneId zone) {
        return period == null ? null : period.start(zone);
    }

    Instant to(ZoneId zone) {
        return period == null ? null : period.end(zone);
    }

    /** Refuses filters the dataset does not take, all at once. */
    void requireTakenBy(Dataset dataset) {
        List<FieldError> errors = new ArrayList<>();
        check(errors, dataset, "period", period != null, "from");
        check(errors, dataset, "sector", sector != null, "sector");
        check(errors, dataset, "agency", agency != null, "agency");
        check(errors, dataset, "draft", draftId != null, "draft");
        check(errors, dataset, "region", region != null, "region");
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    private static void check(List<FieldError> errors, Dataset dataset, String filter, boolean asked, String field) {
        if (asked && !dataset.takes(filter)) {
            errors.add(new FieldError(field, "opendata.filter.not-taken", dataset.name()));
        }
    }
}
