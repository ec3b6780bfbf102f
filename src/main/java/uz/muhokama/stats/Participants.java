package uz.muhokama.stats;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.roaringbitmap.FastAggregation;
import org.roaringbitmap.RoaringBitmap;
import uz.muhokama.platform.cache.CachePolicy;
import uz.muhokama.platform.cache.Caches;
import uz.muhokama.platform.cache.SharedCache;

/**
 * Different people who took part in a period: the union of the period's days' sets, counted whole, by
 * month, and intersected with each region's set. An instance keeps the days' sets it read for
 * {@code muhokama.stats.cache-seconds} (as long as it keeps a table), keyed by the rebuild generation
 * too, so a rebuild on this instance is seen at once; a missing day makes it read the period's days
 * in one query.
 */
@ApplicationScoped
class Participants {

    /** Different people in the period: all together, by region, by month key. */
    record Counts(long total, Map<String, Long> byRegion, Map<Integer, Long> byMonth) {}

    private record DayKey(long generation, LocalDate day) {}

    private static final RoaringBitmap NOBODY = new RoaringBitmap();

    @PersistenceContext(unitName = "muhokama")
    EntityManager em;

    @Inject
    StatsRepository repository;

    @Inject
    Caches caches;

    @Inject
    @ConfigProperty(name = "muhokama.stats.cache-seconds", defaultValue = "30")
    long cacheSeconds;

    private SharedCache<DayKey, RoaringBitmap> recentDays;

    @PostConstruct
    void createCache() {
        recentDays = caches.create(CachePolicy.<RoaringBitmap>named("stats-people-days")
                .withMaxEntries(40_000)
                .withFreshFor(Duration.ofSeconds(cacheSeconds)));
    }

    @Transactional
    Counts in(StatsPeriod period) {
        Map<Integer, List<RoaringBitmap>> byMonth = new HashMap<>();
        days(repository.generation(), period.from(), period.to())
                .forEach((day, people) -> byMonth.computeIfAbsent(Tally.monthKey(day), k -> new ArrayList<>())
                        .add(people));
        Map<Integer, Long> months = new HashMap<>();
        List<RoaringBitmap> all = new ArrayList<>();
        byMonth.forEach((month, days) -> {
            RoaringBitmap union = FastAggregation.or(days.iterator());
            months.put(month, (long) union.getCardinality());
            all.add(union);
        });
        RoaringBitmap everyone = all.isEmpty() ? NOBODY : FastAggregation.or(all.iterator());
        Map<String, Long> regions = new HashMap<>();
        for (PeopleInRegion region : em.createQuery("SELECT r FROM PeopleInRegion r", PeopleInRegion.class)
                .getResultList()) {
            regions.put(region.region(), (long) RoaringBitmap.andCardinality(everyone, People.read(region.people())));
        }
        return new Counts(everyone.getCardinality(), regions, months);
    }

    /** The days' sets, from this instance's memory, reading the whole period once when any day is missing; empty days left out. */
    private Map<LocalDate, RoaringBitmap> days(long generation, LocalDate from, LocalDate to) {
        Map<LocalDate, RoaringBitmap> found = new HashMap<>();
        boolean missing = false;
        for (LocalDate day = from; !day.isAfter(to) && !missing; day = day.plusDays(1)) {
            var kept = recentDays.fresh(new DayKey(generation, day));
            if (kept.isPresent()) {
                found.put(day, kept.get());
            } else {
                missing = true;
            }
        }
        if (missing) {
            found.clear();
            Map<LocalDate, RoaringBitmap> read = new HashMap<>();
            days(from, to).forEach(d -> read.put(d.day(), People.read(d.people())));
            for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                RoaringBitmap people = read.getOrDefault(day, NOBODY);
                recentDays.put(new DayKey(generation, day), people);
                found.put(day, people);
            }
        }
        found.values().removeIf(RoaringBitmap::isEmpty);
        return found;
    }

    private List<PeopleDay> days(LocalDate from, LocalDate to) {
        return em.createQuery("SELECT d FROM PeopleDay d WHERE d.day BETWEEN :from AND :to", PeopleDay.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }
}
