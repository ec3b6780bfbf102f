package uz.muhokama.stats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.roaringbitmap.RoaringBitmap;
import uz.muhokama.platform.persistence.IdBatches;
import uz.muhokama.platform.persistence.InstantConverter;

/**
 * The stats tables, in plain SQL: they hold sums, not things with a life of their own. Writes happen
 * only inside a fold, after {@link #lock}, so no two writers meet on a row.
 */
@ApplicationScoped
class StatsRepository {

    static final String COMMENTS = "comments";
    static final String VOTES = "votes";
    static final String ANSWERS = "answers";

    @PersistenceContext(unitName = "muhokama")
    EntityManager em;

    /** Locks the fold's row until the transaction ends: a second instance's fold waits here, then sees what this one folded. */
    void lock(Instant now) {
        em.createNativeQuery("UPDATE stats_fold SET folded_at = ? WHERE source = 'lock'")
                .setParameter(1, InstantConverter.timestamp(now))
                .executeUpdate();
    }

    Map<String, Long> positions() {
        Map<String, Long> positions = new HashMap<>();
        for (Object[] row : rows(
                em.createNativeQuery("SELECT source, position FROM stats_fold").getResultList())) {
            positions.put((String) row[0], number(row[1]));
        }
        return positions;
    }

    void setPosition(String source, long position, Instant now) {
        em.createNativeQuery("UPDATE stats_fold SET position = ?, folded_at = ? WHERE source = ?")
                .setParameter(1, position)
                .setParameter(2, InstantConverter.timestamp(now))
                .setParameter(3, source)
                .executeUpdate();
    }

    /** The last time any fold ran, if one has. */
    Instant lastFold() {
        Object at = em.createNativeQuery("SELECT folded_at FROM stats_fold WHERE source = 'lock'")
                .getSingleResult();
        return at == null ? null : InstantConverter.instant((Timestamp) at);
    }

    Set<Long> foldedSummaries(Collection<Long> draftIds) {
        Set<Long> folded = new HashSet<>();
        for (List<Long> batch : IdBatches.of(draftIds)) {
            String marks = batch.stream().map(id -> "?").collect(Collectors.joining(","));
            var query = em.createNativeQuery("SELECT draft_id FROM stats_summary WHERE draft_id IN (" + marks + ")");
            for (int i = 0; i < batch.size(); i++) {
                query.setParameter(i + 1, batch.get(i));
            }
            for (Object id : query.getResultList()) {
                folded.add(number(id));
            }
        }
        return folded;
    }

    void summaryFolded(long draftId, Instant now) {
        em.createNativeQuery("INSERT INTO stats_summary (draft_id, folded_at) VALUES (?, ?)")
                .setParameter(1, draftId)
                .setParameter(2, InstantConverter.timestamp(now))
                .executeUpdate();
    }

    /** Adds a fold's counts to the tables: each row updated if it exists, inserted if not. */
    void add(Tally tally) {
        tally.regions.forEach((key, counts) -> {
            int updated = em.createNativeQuery(
                            "UPDATE stats_region_day SET comments = comments + ?, votes = votes + ?, "
                                    + "survey_answers = survey_answers + ?, expertises = expertises + ?, accepted = accepted + ?, "
                                    + "partly_accepted = partly_accepted + ?, rejected = rejected + ? WHERE day = ? AND region_code = ?")
                    .setParameter(1, counts[0])
                    .setParameter(2, counts[1])
                    .setParameter(3, counts[2])
                    .setParameter(4, counts[3])
                    .setParameter(5, counts[4])
                    .setParameter(6, counts[5])
                    .setParameter(7, counts[6])
                    .setParameter(8, Date.valueOf(key.day()))
                    .setParameter(9, key.region())
                    .executeUpdate();
            if (updated == 0) {
                em.createNativeQuery(
                                "INSERT INTO stats_region_day (day, region_code, month_key, comments, votes, survey_answers, "
                                        + "expertises, accepted, partly_accepted, rejected) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                        .setParameter(1, Date.valueOf(key.day()))
                        .setParameter(2, key.region())
                        .setParameter(3, Tally.monthKey(key.day()))
                        .setParameter(4, counts[0])
                        .setParameter(5, counts[1])
                        .setParameter(6, counts[2])
                        .setParameter(7, counts[3])
                        .setParameter(8, counts[4])
                        .setParameter(9, counts[5])
                        .setParameter(10, counts[6])
                        .executeUpdate();
            }
        });
        tally.drafts.forEach((key, counts) -> {
            int updated = em.createNativeQuery(
                            "UPDATE stats_draft_day SET comments = comments + ?, accepted = accepted + ?, "
                                    + "partly_accepted = partly_accepted + ?, rejected = rejected + ? "
                                    + "WHERE day = ? AND sector_code = ? AND agency_code = ?")
                    .setParameter(1, counts[0])
                    .setParameter(2, counts[1])
                    .setParameter(3, counts[2])
                    .setParameter(4, counts[3])
                    .setParameter(5, Date.valueOf(key.day()))
                    .setParameter(6, key.sector())
                    .setParameter(7, key.agency())
                    .executeUpdate();
            if (updated == 0) {
                em.createNativeQuery(
                                "INSERT INTO stats_draft_day (day, sector_code, agency_code, month_key, comments, accepted, "
                                        + "partly_accepted, rejected) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                        .setParameter(1, Date.valueOf(key.day()))
                        .setParameter(2, key.sector())
                        .setParameter(3, key.agency())
                        .setParameter(4, Tally.monthKey(key.day()))
                        .setParameter(5, counts[0])
                        .setParameter(6, counts[1])
                        .setParameter(7, counts[2])
                        .setParameter(8, counts[3])
                        .executeUpdate();
            }
        });
        addPeople(tally.people);
    }

    /** Records who took part on which day and in which region, each set read, added to and written back. */
    private void addPeople(Collection<Tally.PersonDay> people) {
        people.stream()
                .collect(Collectors.groupingBy(
                        Tally.PersonDay::day,
                        LinkedHashMap::new,
                        Collectors.mapping(Tally.PersonDay::account, Collectors.toList())))
                .forEach((day, accounts) -> {
                    PeopleDay stored = em.find(PeopleDay.class, day);
                    RoaringBitmap set = People.read(stored == null ? null : stored.people());
                    if (People.add(set, accounts)) {
                        if (stored == null) {
                            em.persist(new PeopleDay(day, People.write(set)));
                        } else {
                            stored.replace(People.write(set));
                        }
                    }
                });
        people.stream()
                .collect(Collectors.groupingBy(
                        Tally.PersonDay::region,
                        LinkedHashMap::new,
                        Collectors.mapping(Tally.PersonDay::account, Collectors.toList())))
                .forEach((region, accounts) -> {
                    PeopleInRegion stored = em.find(PeopleInRegion.class, region);
                    RoaringBitmap set = People.read(stored == null ? null : stored.people());
                    if (People.add(set, accounts)) {
                        if (stored == null) {
                            em.persist(new PeopleInRegion(region, People.write(set)));
                        } else {
                            stored.replace(People.write(set));
                        }
                    }
                });
        em.flush();
    }

    /** How many rebuilds there have been: what an instance keeps of settled days is of this generation. */
    long generation() {
        return number(em.createNativeQuery("SELECT position FROM stats_fold WHERE source = 'lock'")
                .getSingleResult());
    }

    /** Forgets every count and position, for a rebuild from the raw rows (inside the fold's lock). */
    void clear(Instant now) {
        em.createNativeQuery("DELETE FROM stats_region_day").executeUpdate();
        em.createNativeQuery("DELETE FROM stats_draft_day").executeUpdate();
        em.createNativeQuery("DELETE FROM stats_people_day").executeUpdate();
        em.createNativeQuery("DELETE FROM stats_people_region").executeUpdate();
        em.createNativeQuery("UPDATE stats_fold SET position = position + 1 WHERE source = 'lock'")
                .executeUpdate();
        em.createNativeQuery("DELETE FROM stats_summary").executeUpdate();
        for (String source : List.of(COMMENTS, VOTES, ANSWERS)) {
            setPosition(source, 0, now);
        }
    }

    /** Each region's sums over the period's days, in {@link Tally.RegionCount} order. */
    Map<String, long[]> regionSums(LocalDate from, LocalDate to) {
        Map<String, long[]> sums = new HashMap<>();
        for (Object[] row :
                rows(em.createNativeQuery("SELECT region_code, SUM(comments), SUM(votes), SUM(survey_answers), "
                                + "SUM(expertises), SUM(accepted), SUM(partly_accepted), SUM(rejected) FROM stats_region_day "
                                + "WHERE day BETWEEN ? AND ? GROUP BY region_code")
                        .setParameter(1, Date.valueOf(from))
                        .setParameter(2, Date.valueOf(to))
                        .getResultList())) {
            sums.put((String) row[0], numbers(row, 1, 7));
        }
        return sums;
    }

    /** The period's months' sums over all regions, by month key (yyyymm). */
    Map<Integer, long[]> monthSums(LocalDate from, LocalDate to) {
        Map<Integer, long[]> sums = new HashMap<>();
        for (Object[] row :
                rows(em.createNativeQuery("SELECT month_key, SUM(comments), SUM(votes), SUM(survey_answers), "
                                + "SUM(expertises), SUM(accepted), SUM(partly_accepted), SUM(rejected) FROM stats_region_day "
                                + "WHERE day BETWEEN ? AND ? GROUP BY month_key")
                        .setParameter(1, Date.valueOf(from))
                        .setParameter(2, Date.valueOf(to))
                        .getResultList())) {
            sums.put((int) number(row[0]), numbers(row, 1, 7));
        }
        return sums;
    }

    /** Each (sector, agency)'s sums over the period's days, in {@link Tally.DraftCount} order. */
    Map<List<String>, long[]> draftSums(LocalDate from, LocalDate to) {
        Map<List<String>, long[]> sums = new HashMap<>();
        for (Object[] row : rows(em.createNativeQuery("SELECT sector_code, agency_code, SUM(comments), SUM(accepted), "
                        + "SUM(partly_accepted), SUM(rejected) FROM stats_draft_day WHERE day BETWEEN ? AND ? "
                        + "GROUP BY sector_code, agency_code")
                .setParameter(1, Date.valueOf(from))
                .setParameter(2, Date.valueOf(to))
                .getResultList())) {
            sums.put(List.of((String) row[0], (String) row[1]), numbers(row, 2, 4));
        }
        return sums;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(List<?> result) {
        return (List<Object[]>) new ArrayList<>(result);
    }

    private static long[] numbers(Object[] row, int first, int count) {
        long[] values = new long[count];
        for (int i = 0; i < count; i++) {
            values[i] = number(row[first + i]);
        }
        return values;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
