package uz.muhokama.discussion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uz.muhokama.platform.error.InvalidInput;
import uz.muhokama.platform.error.ResourceNotFound;

/**
 * Schedules, reads and extends discussions. Callers (the draft feature) have already checked that the
 * caller may act on the draft; this service enforces the rules of the window itself.
 */
@ApplicationScoped
public class DiscussionService {

    @Inject
    DiscussionRepository discussions;

    @Inject
    Clock clock;

    @Inject
    Event<DiscussionExtended> extended;

    @Inject
    @ConfigProperty(name = "muhokama.discussion.minimum-days", defaultValue = "15")
    int minimumDays;

    @Inject
    @ConfigProperty(name = "muhokama.discussion.departmental-minimum-days", defaultValue = "10")
    int departmentalMinimumDays;

    @Inject
    @ConfigProperty(name = "muhokama.discussion.maximum-days", defaultValue = "90")
    int maximumDays;

    DiscussionRules rules() {
        return new DiscussionRules(minimumDays, departmentalMinimumDays, maximumDays, Duration.ofMinutes(5));
    }

    /** Checks a window against the rules without scheduling anything (for forms that preview). */
    public void checkWindow(DiscussionWindow window, boolean departmental) {
        var errors = rules().check(window, departmental, clock.instant());
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    @Transactional
    public DiscussionView schedule(long draftId, DiscussionWindow window, boolean departmental) {
        checkWindow(window, departmental);
        Discussion discussion = new Discussion(draftId, window);
        discussions.add(discussion);
        return view(discussion, List.of(), clock.instant());
    }

    /**
     * Records a discussion as it happened, outside today's rules (windows in the past, extensions by
     * someone else): for demo data and for importing discussions held before the portal existed.
     */
    @Transactional
    public void recordHistoric(long draftId, DiscussionWindow window, List<ExtensionView> extensions, long extendedBy) {
        Discussion discussion = new Discussion(draftId, window);
        discussions.add(discussion);
        for (ExtensionView e : extensions) {
            discussions.add(discussion.recordExtension(e.newClosesAt(), e.reason(), extendedBy, e.extendedAt()));
        }
    }

    @Transactional
    public Optional<DiscussionView> forDraft(long draftId) {
        return forDrafts(List.of(draftId)).values().stream().findFirst();
    }

    /** Views for many drafts in one query, for lists and the draft page. */
    @Transactional
    public Map<Long, DiscussionView> forDrafts(Collection<Long> draftIds) {
        Instant now = clock.instant();
        Map<Long, Discussion> found = new LinkedHashMap<>();
        Map<Long, List<Extension>> extensions = new HashMap<>();
        for (Object[] row : discussions.withExtensions(draftIds)) {
            Discussion d = (Discussion) row[0];
            found.putIfAbsent(d.id(), d);
            if (row[1] != null) {
                extensions.computeIfAbsent(d.id(), id -> new ArrayList<>()).add((Extension) row[1]);
            }
        }
        Map<Long, DiscussionView> views = new HashMap<>();
        for (Discussion d : found.values()) {
            List<ExtensionView> shown = extensions.getOrDefault(d.id(), List.of()).stream()
                    .sorted(Comparator.comparing(Extension::extendedAt))
                    .map(DiscussionService::view)
                    .toList();
            views.put(d.draftId(), view(d, shown, now));
        }
        return views;
    }

    /** Whether the draft's discussion accepts input at this very moment. */
    @Transactional
    public boolean acceptsInput(long draftId) {
        return statusAt(draftId, clock.instant()) == DiscussionStatus.OPEN;
    }

    /**
     * The status of a draft's discussion at a given moment (scheduled when it has none yet), read in the
     * caller's transaction so that input is judged by the same instant it is stored with.
     */
    @Transactional
    public DiscussionStatus statusAt(long draftId, Instant at) {
        return discussions.forDraft(draftId).map(d -> d.statusAt(at)).orElse(DiscussionStatus.SCHEDULED);
    }

    @Transactional
    public DiscussionView extend(long draftId, Instant newClosesAt, String reason, long extendedBy) {
        if (newClosesAt == null) {
            throw new InvalidInput("closesAt", "discussion.window.closes-required");
        }
        Instant now = clock.instant();
        Discussion discussion = discussions.forDraft(draftId).orElseThrow(ResourceNotFound::new);
        discussions.add(discussion.extend(new DiscussionWindow(now, newClosesAt).closesAt(), reason, extendedBy, now));
        DiscussionView view = forDraft(draftId).orElseThrow();
        extended.fire(new DiscussionExtended(draftId, view.closesAt()));
        return view;
    }

    /**
     * The view of a discussion that was never extended, from its window alone: such a discussion is
     * closed exactly when its window ends, so the clock tells its status without reading it.
     */
    public DiscussionView viewOfUnextended(Instant opensAt, Instant closesAt) {
        Instant now = clock.instant();
        DiscussionStatus status = !now.isBefore(closesAt)
                ? DiscussionStatus.CLOSED
                : now.isBefore(opensAt) ? DiscussionStatus.SCHEDULED : DiscussionStatus.OPEN;
        return view(status, opensAt, closesAt, List.of(), now);
    }

    private static DiscussionView view(Discussion d, List<ExtensionView> extensions, Instant now) {
        return view(d.statusAt(now), d.opensAt(), d.closesAt(), extensions, now);
    }

    private static DiscussionView view(
            DiscussionStatus status, Instant opensAt, Instant closesAt, List<ExtensionView> extensions, Instant now) {
        long secondsLeft = status == DiscussionStatus.CLOSED
                ? 0
                : Duration.between(now, status == DiscussionStatus.OPEN ? closesAt : opensAt)
                        .toSeconds();
        return new DiscussionView(status, opensAt, closesAt, Math.max(0, secondsLeft), extensions);
    }

    private static ExtensionView view(Extension e) {
        return new ExtensionView(e.previousClosesAt(), e.newClosesAt(), e.reason(), e.extendedAt());
    }

    /** A closed discussion that later work (the report) has not taken on yet. */
    public record Closing(long draftId, Instant closedAt) {}

    /**
     * The outbox of closings not yet taken on, oldest first. The caller takes each on with
     * {@link #markClosingHandled} in the same transaction as its own record of it, so a crash between
     * the two loses nothing and repeats nothing.
     */
    @Transactional
    public List<Closing> unhandledClosings(int limit) {
        return discussions.unhandledClosings(limit).stream()
                .map(e -> new Closing(e.draftId(), e.occurredAt()))
                .toList();
    }

    /** Marks a closing as taken on, in the caller's transaction; false if another caller already did. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean markClosingHandled(long draftId) {
        return discussions.markClosingHandled(draftId, clock.instant());
    }

    /** A discussion's draft and the moment it closes (or closed). */
    public record Ending(long draftId, Instant closesAt) {}

    /** Discussions still open (or scheduled) that close after {@code from} and at the latest at {@code to}. */
    @Transactional
    public List<Ending> closingBetween(Instant from, Instant to) {
        return discussions.closingBetween(from, to).stream()
                .map(r -> new Ending((Long) r[0], (Instant) r[1]))
                .toList();
    }

    /** Closed discussions that ended after {@code from} and at the latest at {@code to}. */
    @Transactional
    public List<Ending> closedBetween(Instant from, Instant to) {
        return discussions.closedBetween(from, to).stream()
                .map(r -> new Ending((Long) r[0], (Instant) r[1]))
                .toList();
    }
}
