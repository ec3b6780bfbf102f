package uz.muhokama.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uz.muhokama.account.AccountService;
import uz.muhokama.discussion.DiscussionService;
import uz.muhokama.draft.DraftStandings;
import uz.muhokama.platform.persistence.DatabaseReady;
import uz.muhokama.platform.persistence.UniqueViolation;
import uz.muhokama.platform.time.PeriodicJobs;
import uz.muhokama.platform.time.PortalTimeZone;
import uz.muhokama.survey.ExpertApplicationsWaiting;

/**
 * Records the events nobody fires because they are found by looking at the time: a discussion closing
 * within {@value #CLOSING_SOON_DAYS} days, a summary that is due, expert applications waiting. Runs on
 * every instance; each event has a {@code dedup_key} (unique), so whichever instances look, and however
 * often, each is recorded once. An extension moves the closing moment and with it the key, so the
 * draft's followers hear again 3 days before the new end.
 */
@ApplicationScoped
public class EventWatchJob {

    static final int CLOSING_SOON_DAYS = 3;

    /**
     * How far back past the due point the summary watch looks: a discussion that became due while no
     * instance ran for longer than this is not announced late (its editors see it in the statistics).
     */
    static final Duration SUMMARY_DUE_LOOKBACK = Duration.ofDays(7);

    @Inject
    PeriodicJobs jobs;

    @Inject
    EventWatchSteps steps;

    @Inject
    DiscussionService discussions;

    @Inject
    DraftStandings drafts;

    @Inject
    AccountService accounts;

    @Inject
    ExpertApplicationsWaiting applications;

    @Inject
    PortalTimeZone timeZone;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "muhokama.notifications.job-interval-seconds", defaultValue = "10")
    int intervalSeconds;

    /** The same deadline the statistics count overdue summaries by (docs/statistics.md). */
    @Inject
    @ConfigProperty(name = "muhokama.stats.summary-due-days", defaultValue = "30")
    int summaryDueDays;

    void start(@Observes DatabaseReady ready) {
        // Looking needs no haste: once a minute at most, and no more often than the fan-out.
        jobs.every(Duration.ofSeconds(Math.max(60, intervalSeconds)), "Notification watch job", this::runOnce);
    }

    /** What one run recorded, as dedup keys (empty when everything was recorded before). */
    public record Run(List<String> recorded) {}

    public Run runOnce() {
        List<String> recorded = new ArrayList<>();
        Instant now = clock.instant();
        closingSoon(now, recorded);
        summariesDue(now, recorded);
        applicationsWaiting(now, recorded);
        return new Run(recorded);
    }

    private void closingSoon(Instant now, List<String> recorded) {
        List<DiscussionService.Ending> closing =
                discussions.closingBetween(now, now.plus(Duration.ofDays(CLOSING_SOON_DAYS)));
        Map<Long, DraftStandings.Standing> standing = standings(closing);
        for (DiscussionService.Ending ending : closing) {
            DraftStandings.Standing draft = standing.get(ending.draftId());
            if (draft == null || draft.withdrawn()) {
                continue;
            }
            String key =
                    "closing-soon:" + ending.draftId() + ":" + ending.closesAt().getEpochSecond();
            record(
                    EventType.DRAFT_CLOSING_SOON,
                    key,
                    e -> e.draft(ending.draftId()).detail(ending.closesAt().toString()),
                    List.of(),
                    recorded);
        }
    }

    private void summariesDue(Instant now, List<String> recorded) {
        Instant dueAt = now.minus(Duration.ofDays(summaryDueDays));
        List<DiscussionService.Ending> closed = discussions.closedBetween(dueAt.minus(SUMMARY_DUE_LOOKBACK), dueAt);
        Map<Long, DraftStandings.Standing> standing = standings(closed);
        for (DiscussionService.Ending ending : closed) {
            DraftStandings.Standing draft = standing.get(ending.draftId());
            if (draft == null || draft.withdrawn() || draft.summaryPublished()) {
                continue;
            }
            record(
                    EventType.SUMMARY_DUE,
                    "summary-due:" + ending.draftId(),
                    e -> e.draft(ending.draftId())
                            .agency(draft.agencyCode())
                            .detail(ending.closesAt().toString()),
                    accounts.editorsOf(draft.agencyCode()),
                    recorded);
        }
    }

    /** Once per Tashkent day while any application waits; the detail is how many. */
    private void applicationsWaiting(Instant now, List<String> recorded) {
        long waiting = applications.count();
        if (waiting == 0) {
            return;
        }
        String key = "expert-applications:" + LocalDate.ofInstant(now, timeZone.zone());
        record(
                EventType.EXPERT_APPLICATIONS_WAITING,
                key,
                e -> e.detail(Long.toString(waiting)),
                accounts.administrators(),
                recorded);
    }

    private Map<Long, DraftStandings.Standing> standings(Collection<DiscussionService.Ending> endings) {
        return drafts.of(endings.stream().map(DiscussionService.Ending::draftId).toList()).stream()
                .collect(Collectors.toMap(DraftStandings.Standing::draftId, Function.identity()));
    }

    private void record(
            EventType type,
            String key,
            UnaryOperator<NotificationEvent> details,
            Collection<Long> audience,
            List<String> recorded) {
        try {
            if (steps.record(type, key, details, audience)) {
                recorded.add(key);
            }
        } catch (RuntimeException e) {
            if (!UniqueViolation.in(e)) {
                throw e;
            }
            // Another instance recorded it at the same moment.
        }
    }
}
