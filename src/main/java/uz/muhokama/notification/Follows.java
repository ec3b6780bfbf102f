package uz.muhokama.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uz.muhokama.draft.DraftNumber;
import uz.muhokama.draft.DraftService;
import uz.muhokama.platform.error.ResourceNotFound;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.persistence.TransientFailures;
import uz.muhokama.platform.security.CurrentCaller;

/**
 * What the signed-in person follows: a sector, an agency, a region, one published draft, or a saved search
 * of drafts. Following the same thing again finds the follow there is (one row per person and thing, the
 * table's unique key); a person follows at most {@code muhokama.notifications.max-follows} things.
 */
@ApplicationScoped
public class Follows {

    @Inject
    SubscriptionRepository subscriptions;

    @Inject
    FollowKeys keys;

    @Inject
    DraftService drafts;

    @Inject
    CurrentCaller caller;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "muhokama.notifications.max-follows", defaultValue = "50")
    int maxFollows;

    /** A follow, and whether this request made it (false: it was there already). */
    public record Followed(FollowView follow, boolean created) {}

    /** Follows what {@code request} names; the follow there is when the person follows it already. */
    public Followed follow(FollowRequest request, Language language) {
        long accountId = caller.require().accountId();
        FollowKey key = keys.parse(request, language);
        // Not in a transaction of its own: a lost race's unique violation spoils its transaction, and the
        // next attempt, in a new one, finds the winner's row.
        SubscriptionRepository.Followed followed =
                TransientFailures.retryRaces(() -> subscriptions.follow(accountId, key, clock.instant(), maxFollows));
        return new Followed(view(followed.follow(), language), followed.created());
    }

    /** The person's follows, oldest first, labelled in {@code language}. */
    public List<FollowView> mine(Language language) {
        List<Subscription> mine = subscriptions.of(caller.require().accountId());
        Map<Long, String> titles = titles(mine, language);
        return mine.stream().map(s -> keys.view(s, titles, language)).toList();
    }

    /** Stops the person's follow {@code id}; 404 when they have none such (another person's included). */
    public void unfollow(long id) {
        if (!subscriptions.remove(caller.require().accountId(), id)) {
            throw new ResourceNotFound();
        }
    }

    private FollowView view(Subscription follow, Language language) {
        return keys.view(follow, titles(List.of(follow), language), language);
    }

    /** The titles of the followed drafts, in one query. */
    private Map<Long, String> titles(List<Subscription> follows, Language language) {
        List<String> numbers = follows.stream()
                .map(s -> s.key().draftId())
                .filter(Objects::nonNull)
                .map(DraftNumber::of)
                .toList();
        if (numbers.isEmpty()) {
            return Map.of();
        }
        return drafts.publicTitles(numbers, language).entrySet().stream()
                .collect(Collectors.toMap(e -> DraftNumber.idFrom(e.getKey()).orElseThrow(), Map.Entry::getValue));
    }
}
