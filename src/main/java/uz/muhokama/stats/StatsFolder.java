package uz.muhokama.stats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uz.muhokama.account.AccountService;
import uz.muhokama.decision.DecisionActivity;
import uz.muhokama.draft.DraftFacts;
import uz.muhokama.participation.ParticipationActivity;
import uz.muhokama.platform.time.PortalTimeZone;
import uz.muhokama.survey.AnswerActivity;

/**
 * Folds what happened into the stats tables, a batch of each source per transaction, exactly once
 * across instances: every fold first locks one row ({@code stats_fold 'lock'}), reads how far the last
 * fold got, counts the rows after that, and moves the positions on in the same transaction.
 *
 * <p>The rule: statistics count acts as they were done. A comment counts when written, whatever later
 * happens to it (withdrawn and hidden comments too: they were participation, and a rebuild from the
 * rows finds them all the same); an answer set when first submitted; a vote when cast (a withdrawn vote
 * leaves no row, so only a rebuild leaves it out); decisions when their summary is published, on the
 * day it was, by the region of the proposal's author (a campaign group counts once, by its earliest
 * comment). The portal-development survey is about the portal, not a draft, and is not counted.
 *
 * <p>Rows are counted in id order, and a row younger than the lag ({@code muhokama.stats.fold-lag-seconds},
 * longer than any transaction may stay open) waits for the next fold: a transaction that took an id
 * earlier but commits later is then already visible, so no row is passed over.
 */
@ApplicationScoped
class StatsFolder {

    /** A published summary is looked for this long after publication; the job runs every minute. */
    static final Duration SUMMARY_LOOKBACK = Duration.ofDays(7);

    @Inject
    StatsRepository repository;

    @Inject
    ParticipationActivity participation;

    @Inject
    AnswerActivity answers;

    @Inject
    DecisionActivity decisions;

    @Inject
    DraftFacts drafts;

    @Inject
    AccountService accounts;

    @Inject
    PortalTimeZone timeZone;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "muhokama.stats.fold-lag-seconds", defaultValue = "180")
    long lagSeconds;

    @Inject
    @ConfigProperty(name = "muhokama.stats.fold-batch", defaultValue = "5000")
    int batch;

    /** What one fold counted: rows of each source, and whether any source has more waiting. */
    record Folded(int comments, int votes, int answers, int summaries, boolean more) {

        int total() {
            return comments + votes + answers + summaries;
        }
    }

    /** One fold: at most a batch of each source, in one transaction under the fold's lock. */
    @Transactional
    Folded foldOnce() {
        Instant now = clock.instant();
        repository.lock(now);
        Map<String, Long> positions = repository.positions();
        Tally tally = new Tally();
        int comments = foldComments(tally, positions.get(StatsRepository.COMMENTS), now);
        int votes = foldVotes(tally, positions.get(StatsRepository.VOTES), now);
        int answered = foldAnswers(tally, positions.get(StatsRepository.ANSWERS), now);
        int summaries = foldSummaries(tally, now);
        repository.add(tally);
        return new Folded(
                comments, votes, answered, summaries, comments == batch || votes == batch || answered == batch);
    }

    /** Forgets every count and folds the raw rows again from the first (the figures are partial until it ends). */
    @Transactional
    void clear() {
        Instant now = clock.instant();
        repository.lock(now);
        repository.clear(now);
    }

    private int foldComments(Tally tally, long after, Instant now) {
        List<ParticipationActivity.Act> acts = ready(participation.commentsAfter(after, batch), now);
        if (acts.isEmpty()) {
            return 0;
        }
        Map<Long, DraftFacts.Placement> placed = drafts.placements(
                acts.stream().map(ParticipationActivity.Act::draftId).collect(Collectors.toSet()));
        for (ParticipationActivity.Act act : acts) {
            LocalDate day = day(act.at());
            tally.add(day, act.region(), Tally.RegionCount.COMMENTS);
            tally.tookPart(day, act.accountId(), act.region());
            DraftFacts.Placement placement = placed.get(act.draftId());
            if (placement != null) {
                tally.add(day, placement.sector(), placement.agency(), Tally.DraftCount.COMMENTS);
            }
        }
        repository.setPosition(
                StatsRepository.COMMENTS, acts.get(acts.size() - 1).id(), now);
        return acts.size();
    }

    private int foldVotes(Tally tally, long after, Instant now) {
        List<ParticipationActivity.Act> acts = ready(participation.votesAfter(after, batch), now);
        if (acts.isEmpty()) {
            return 0;
        }
        Map<Long, String> regions = accounts.regionsOf(
                acts.stream().map(ParticipationActivity.Act::accountId).collect(Collectors.toSet()));
        for (ParticipationActivity.Act act : acts) {
            LocalDate day = day(act.at());
            String region = regions.get(act.accountId());
            tally.add(day, region, Tally.RegionCount.VOTES);
            tally.tookPart(day, act.accountId(), region);
        }
        repository.setPosition(StatsRepository.VOTES, acts.get(acts.size() - 1).id(), now);
        return acts.size();
    }

    private int foldAnswers(Tally tally, long after, Instant now) {
        List<AnswerActivity.Answered> all = answers.after(after, batch);
        List<AnswerActivity.Answered> ready =
                all.stream().takeWhile(a -> isReady(a.at(), now)).toList();
        if (ready.isEmpty()) {
            return 0;
        }
        for (AnswerActivity.Answered answer : ready) {
            if (answer.draftId() == null) {
                continue; // the portal-development survey
            }
            LocalDate day = day(answer.at());
            tally.add(
                    day,
                    answer.region(),
                    answer.isExpertise() ? Tally.RegionCount.EXPERTISES : Tally.RegionCount.SURVEY_ANSWERS);
            tally.tookPart(day, answer.accountId(), answer.region());
        }
        repository.setPosition(
                StatsRepository.ANSWERS, ready.get(ready.size() - 1).id(), now);
        return ready.size();
    }

    private int foldSummaries(Tally tally, Instant now) {
        List<DecisionActivity.Published> published = decisions.publishedSince(now.minus(SUMMARY_LOOKBACK));
        if (published.isEmpty()) {
            return 0;
        }
        Set<Long> folded = repository.foldedSummaries(
                published.stream().map(DecisionActivity.Published::draftId).toList());
        int count = 0;
        for (DecisionActivity.Published summary : published) {
            if (folded.contains(summary.draftId())) {
                continue;
            }
            List<DecisionActivity.Decided> decided = decisions.decisionsOf(summary.draftId());
            Map<Long, String> regions = participation.authorRegions(decided.stream()
                    .map(DecisionActivity.Decided::proposalId)
                    .collect(Collectors.toCollection(HashSet::new)));
            DraftFacts.Placement placement =
                    drafts.placements(List.of(summary.draftId())).get(summary.draftId());
            LocalDate day = day(summary.at());
            for (DecisionActivity.Decided decision : decided) {
                String region = regions.get(decision.proposalId());
                Tally.RegionCount regionCount = decision.accepted()
                        ? Tally.RegionCount.ACCEPTED
                        : decision.partlyAccepted() ? Tally.RegionCount.PARTLY_ACCEPTED : Tally.RegionCount.REJECTED;
                tally.add(day, region, regionCount);
                if (placement != null) {
                    tally.add(
                            day,
                            placement.sector(),
                            placement.agency(),
                            decision.accepted()
                                    ? Tally.DraftCount.ACCEPTED
                                    : decision.partlyAccepted()
                                            ? Tally.DraftCount.PARTLY_ACCEPTED
                                            : Tally.DraftCount.REJECTED);
                }
            }
            repository.summaryFolded(summary.draftId(), now);
            count++;
        }
        return count;
    }

    /** The rows old enough to be sure no earlier id is still uncommitted: those before the first younger than the lag. */
    private List<ParticipationActivity.Act> ready(List<ParticipationActivity.Act> acts, Instant now) {
        return acts.stream().takeWhile(a -> isReady(a.at(), now)).toList();
    }

    private boolean isReady(Instant at, Instant now) {
        return lagSeconds <= 0 || !at.isAfter(now.minusSeconds(lagSeconds));
    }

    private LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, zone());
    }

    private ZoneId zone() {
        return timeZone.zone();
    }
}
