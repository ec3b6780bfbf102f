package uz.muhokama.stats;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import uz.muhokama.draft.DraftFacts;

/**
 * The sector and agency tables' draft figures, worked out from every public draft's dates (a few
 * numbers per draft, kept for a short while) and the folded comment and decision sums.
 */
final class DraftGroups {

    /** One group's running figures, in the order of {@link DraftGroupTable.Row}. */
    static final class Figures {
        long published;
        long held;
        long openNow;
        long comments;
        long accepted;
        long partlyAccepted;
        long rejected;
        long overdue;
        final List<Double> daysToSummary = new ArrayList<>();

        void add(Figures other) {
            published += other.published;
            held += other.held;
            openNow += other.openNow;
            comments += other.comments;
            accepted += other.accepted;
            partlyAccepted += other.partlyAccepted;
            rejected += other.rejected;
            overdue += other.overdue;
            daysToSummary.addAll(other.daysToSummary);
        }

        DraftGroupTable.Row row(String code, String name) {
            long decided = accepted + partlyAccepted + rejected;
            return new DraftGroupTable.Row(
                    code,
                    name,
                    published,
                    held,
                    openNow,
                    comments,
                    decided,
                    accepted,
                    partlyAccepted,
                    rejected,
                    Shares.percent(accepted, decided),
                    Shares.percent(partlyAccepted, decided),
                    Shares.percent(rejected, decided),
                    Shares.median(daysToSummary),
                    overdue);
        }
    }

    private DraftGroups() {}

    /**
     * Each group's figures for the period. {@code groupOf} picks the sector or the agency of a draft
     * (a life) or of a folded sum's key (sector, agency).
     */
    static Map<String, Figures> figures(
            StatsPeriod period,
            ZoneId zone,
            Instant now,
            int summaryDueDays,
            List<DraftFacts.Life> lives,
            Map<List<String>, long[]> sums,
            Function<DraftFacts.Life, String> groupOf,
            Function<List<String>, String> sumGroupOf) {
        Instant start = period.start(zone);
        Instant end = period.end(zone);
        Instant asOf = now.isBefore(end) ? now : end;
        Instant dueBefore = asOf.minus(Duration.ofDays(summaryDueDays));
        Map<String, Figures> groups = new HashMap<>();
        for (DraftFacts.Life life : lives) {
            Figures f = groups.computeIfAbsent(groupOf.apply(life), k -> new Figures());
            if (period.includes(life.publishedAt(), zone)) {
                f.published++;
            }
            if (life.withdrawn() || life.closesAt() == null) {
                continue;
            }
            if (period.includes(life.closesAt(), zone) && !life.closesAt().isAfter(now)) {
                f.held++;
            }
            if (!life.opensAt().isAfter(now) && now.isBefore(life.closesAt())) {
                f.openNow++;
            }
            Instant summary = life.summaryPublishedAt();
            if (summary != null && !summary.isBefore(start) && summary.isBefore(end)) {
                f.daysToSummary.add(Duration.between(life.closesAt(), summary).toMinutes() / 1440.0);
            }
            if (life.closesAt().isBefore(dueBefore) && (summary == null || summary.isAfter(asOf))) {
                f.overdue++;
            }
        }
        sums.forEach((key, counts) -> {
            Figures f = groups.computeIfAbsent(sumGroupOf.apply(key), k -> new Figures());
            f.comments += counts[Tally.DraftCount.COMMENTS.ordinal()];
            f.accepted += counts[Tally.DraftCount.ACCEPTED.ordinal()];
            f.partlyAccepted += counts[Tally.DraftCount.PARTLY_ACCEPTED.ordinal()];
            f.rejected += counts[Tally.DraftCount.REJECTED.ordinal()];
        });
        return groups;
    }
}
