package uz.muhokama.stats;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What one fold found, added up in memory before it is written: counts per day and region, per day,
 * sector and agency, and who took part on which day. Keys and columns mirror the stats tables.
 */
final class Tally {

    /** Columns of {@code stats_region_day}, in order. */
    enum RegionCount {
        COMMENTS,
        VOTES,
        SURVEY_ANSWERS,
        EXPERTISES,
        ACCEPTED,
        PARTLY_ACCEPTED,
        REJECTED
    }

    /** Columns of {@code stats_draft_day}, in order. */
    enum DraftCount {
        COMMENTS,
        ACCEPTED,
        PARTLY_ACCEPTED,
        REJECTED
    }

    record RegionDay(LocalDate day, String region) {}

    record DraftDay(LocalDate day, String sector, String agency) {}

    record PersonDay(LocalDate day, long account, String region) {}

    final Map<RegionDay, long[]> regions = new HashMap<>();
    final Map<DraftDay, long[]> drafts = new HashMap<>();
    final Set<PersonDay> people = new LinkedHashSet<>();

    void add(LocalDate day, String region, RegionCount count) {
        regions.computeIfAbsent(new RegionDay(day, region(region)), k -> new long[RegionCount.values().length])[
                count.ordinal()]++;
    }

    void add(LocalDate day, String sector, String agency, DraftCount count) {
        drafts.computeIfAbsent(new DraftDay(day, sector, agency), k -> new long[DraftCount.values().length])[
                count.ordinal()]++;
    }

    void tookPart(LocalDate day, long account, String region) {
        people.add(new PersonDay(day, account, region(region)));
    }

    boolean isEmpty() {
        return regions.isEmpty() && drafts.isEmpty() && people.isEmpty();
    }

    /** "Region not given" is the empty code, so it has a row of its own. */
    static String region(String code) {
        return code == null ? "" : code;
    }

    static int monthKey(LocalDate day) {
        return day.getYear() * 100 + day.getMonthValue();
    }
}
