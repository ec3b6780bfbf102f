package uz.muhokama.stats;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uz.muhokama.draft.DraftFacts;
import uz.muhokama.platform.cache.CachePolicy;
import uz.muhokama.platform.cache.Caches;
import uz.muhokama.platform.cache.SharedCache;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.time.PortalTimeZone;
import uz.muhokama.reference.Population;
import uz.muhokama.reference.ReferenceCatalog;
import uz.muhokama.reference.ReferenceItem;
import uz.muhokama.reference.ReferenceList;

/**
 * The statistics tables for a period, from the folded sums (and, for drafts, every public draft's
 * dates). Each instance keeps a table it worked out for {@code muhokama.stats.cache-seconds} (30):
 * the sums themselves are folded in every minute, a few minutes behind (docs/statistics.md).
 */
@ApplicationScoped
public class StatsService {

    static final String BY_SECTOR = "sector";
    static final String BY_AGENCY = "agency";

    @Inject
    StatsRepository repository;

    @Inject
    Participants participants;

    @Inject
    DraftFacts drafts;

    @Inject
    ReferenceCatalog reference;

    @Inject
    PortalTimeZone timeZone;

    @Inject
    Clock clock;

    @Inject
    Caches caches;

    @Inject
    @ConfigProperty(name = "muhokama.stats.cache-seconds", defaultValue = "30")
    long cacheSeconds;

    @Inject
    @ConfigProperty(name = "muhokama.stats.summary-due-days", defaultValue = "30")
    int summaryDueDays;

    private record Key(String table, StatsPeriod period, Language language) {}

    private SharedCache<Key, Object> tables;
    private SharedCache<String, List<DraftFacts.Life>> lives;

    @PostConstruct
    void createCaches() {
        Duration fresh = Duration.ofSeconds(cacheSeconds);
        tables = caches.create(
                CachePolicy.named("stats-tables").withMaxEntries(500).withFreshFor(fresh));
        lives = caches.create(CachePolicy.<List<DraftFacts.Life>>named("stats-draft-dates")
                .withMaxEntries(1)
                .withFreshFor(fresh));
    }

    /** The period of {@code ?from=&to=} (ISO dates, Tashkent days); 400 naming the field for a bad one. */
    public StatsPeriod period(String from, String to) {
        return StatsPeriod.parse(from, to, LocalDate.ofInstant(clock.instant(), zone()));
    }

    public RegionTable regions(StatsPeriod period, Language language) {
        return (RegionTable) tables.get(new Key("regions", period, language), () -> buildRegions(period, language));
    }

    public DraftGroupTable sectors(StatsPeriod period, Language language) {
        return (DraftGroupTable)
                tables.get(new Key(BY_SECTOR, period, language), () -> buildGroups(BY_SECTOR, period, language));
    }

    public DraftGroupTable agencies(StatsPeriod period, Language language) {
        return (DraftGroupTable)
                tables.get(new Key(BY_AGENCY, period, language), () -> buildGroups(BY_AGENCY, period, language));
    }

    public MonthTable months(StatsPeriod period, Language language) {
        return (MonthTable) tables.get(new Key("months", period, language), () -> buildMonths(period));
    }

    RegionTable buildRegions(StatsPeriod period, Language language) {
        Map<String, long[]> sums = repository.regionSums(period.from(), period.to());
        Participants.Counts people = participants.in(period);
        Map<String, Population> populations = reference.populations();
        List<RegionTable.Row> rows = new ArrayList<>();
        long[] total = new long[Tally.RegionCount.values().length];
        long residents = 0;
        for (ReferenceItem region : reference.list(ReferenceList.REGIONS, language)) {
            Population population = populations.get(region.code());
            residents += population == null ? 0 : population.residents();
            rows.add(regionRow(
                    region.code(),
                    region.name(),
                    people.byRegion().getOrDefault(region.code(), 0L),
                    sums.get(region.code()),
                    population == null ? null : population.residents(),
                    total));
        }
        RegionTable.Row notGiven =
                regionRow("", null, people.byRegion().getOrDefault("", 0L), sums.get(""), null, total);
        RegionTable.Row totalRow =
                regionRow(null, null, people.total(), total, residents == 0 ? null : residents, new long[total.length]);
        Population any = populations.values().stream().findFirst().orElse(null);
        return new RegionTable(
                period.from(),
                period.to(),
                repository.lastFold(),
                rows,
                notGiven,
                totalRow,
                any == null ? null : any.asOf(),
                any == null ? null : any.source());
    }

    private static RegionTable.Row regionRow(
            String code, String name, long participants, long[] sums, Long residents, long[] total) {
        long[] s = sums == null ? new long[total.length] : sums;
        for (int i = 0; i < s.length; i++) {
            total[i] += s[i];
        }
        long accepted = s[Tally.RegionCount.ACCEPTED.ordinal()];
        long partly = s[Tally.RegionCount.PARTLY_ACCEPTED.ordinal()];
        long rejected = s[Tally.RegionCount.REJECTED.ordinal()];
        long decided = accepted + partly + rejected;
        return new RegionTable.Row(
                code,
                name,
                participants,
                s[Tally.RegionCount.COMMENTS.ordinal()],
                s[Tally.RegionCount.VOTES.ordinal()],
                s[Tally.RegionCount.SURVEY_ANSWERS.ordinal()],
                s[Tally.RegionCount.EXPERTISES.ordinal()],
                decided,
                accepted,
                partly,
                rejected,
                Shares.percent(accepted, decided),
                Shares.percent(partly, decided),
                Shares.percent(rejected, decided),
                residents,
                Shares.per100k(participants, residents));
    }

    DraftGroupTable buildGroups(String by, StatsPeriod period, Language language) {
        boolean bySector = BY_SECTOR.equals(by);
        Map<String, DraftGroups.Figures> figures = DraftGroups.figures(
                period,
                zone(),
                clock.instant(),
                summaryDueDays,
                draftLives(),
                repository.draftSums(period.from(), period.to()),
                bySector ? DraftFacts.Life::sector : DraftFacts.Life::agency,
                key -> key.get(bySector ? 0 : 1));
        List<DraftGroupTable.Row> rows = new ArrayList<>();
        DraftGroups.Figures total = new DraftGroups.Figures();
        for (ReferenceItem item : reference.list(bySector ? ReferenceList.SECTORS : ReferenceList.AGENCIES, language)) {
            DraftGroups.Figures f = figures.getOrDefault(item.code(), new DraftGroups.Figures());
            total.add(f);
            rows.add(f.row(item.code(), item.name()));
        }
        return new DraftGroupTable(
                by, period.from(), period.to(), repository.lastFold(), summaryDueDays, rows, total.row(null, null));
    }

    MonthTable buildMonths(StatsPeriod period) {
        Map<Integer, long[]> sums = repository.monthSums(period.from(), period.to());
        Participants.Counts counted = participants.in(period);
        Map<Integer, Long> people = counted.byMonth();
        Map<Integer, long[]> draftCounts = new HashMap<>();
        Instant now = clock.instant();
        for (DraftFacts.Life life : draftLives()) {
            if (period.includes(life.publishedAt(), zone())) {
                draftCounts.computeIfAbsent(monthOf(life.publishedAt()), k -> new long[2])[0]++;
            }
            if (!life.withdrawn()
                    && life.closesAt() != null
                    && period.includes(life.closesAt(), zone())
                    && !life.closesAt().isAfter(now)) {
                draftCounts.computeIfAbsent(monthOf(life.closesAt()), k -> new long[2])[1]++;
            }
        }
        List<MonthTable.Row> rows = new ArrayList<>();
        long[] total = new long[Tally.RegionCount.values().length + 2];
        for (YearMonth month = YearMonth.from(period.from());
                !month.isAfter(YearMonth.from(period.to()));
                month = month.plusMonths(1)) {
            int key = month.getYear() * 100 + month.getMonthValue();
            long[] s = sums.getOrDefault(key, new long[Tally.RegionCount.values().length]);
            long[] d = draftCounts.getOrDefault(key, new long[2]);
            for (int i = 0; i < s.length; i++) {
                total[i] += s[i];
            }
            total[s.length] += d[0];
            total[s.length + 1] += d[1];
            rows.add(monthRow(month.toString(), people.getOrDefault(key, 0L), s, d));
        }
        long[] totalSums = Arrays.copyOf(total, Tally.RegionCount.values().length);
        return new MonthTable(
                period.from(),
                period.to(),
                repository.lastFold(),
                rows,
                monthRow(null, counted.total(), totalSums, new long[] {
                    total[totalSums.length], total[totalSums.length + 1]
                }));
    }

    private static MonthTable.Row monthRow(String month, long participants, long[] s, long[] drafts) {
        long accepted = s[Tally.RegionCount.ACCEPTED.ordinal()];
        long partly = s[Tally.RegionCount.PARTLY_ACCEPTED.ordinal()];
        long rejected = s[Tally.RegionCount.REJECTED.ordinal()];
        return new MonthTable.Row(
                month,
                participants,
                s[Tally.RegionCount.COMMENTS.ordinal()],
                s[Tally.RegionCount.VOTES.ordinal()],
                s[Tally.RegionCount.SURVEY_ANSWERS.ordinal()],
                s[Tally.RegionCount.EXPERTISES.ordinal()],
                accepted + partly + rejected,
                accepted,
                partly,
                rejected,
                drafts[0],
                drafts[1]);
    }

    private int monthOf(Instant at) {
        LocalDate day = LocalDate.ofInstant(at, zone());
        return Tally.monthKey(day);
    }

    private List<DraftFacts.Life> draftLives() {
        return lives.get("all", () -> drafts.allPublished());
    }

    private ZoneId zone() {
        return timeZone.zone();
    }
}
