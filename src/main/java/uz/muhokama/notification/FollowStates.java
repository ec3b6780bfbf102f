package uz.muhokama.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.OptionalLong;
import uz.muhokama.platform.web.FollowState;

/** Tells the follow buttons on other features' pages whether the person follows that thing already. */
@ApplicationScoped
class FollowStates implements FollowState {

    @Inject
    FollowKeys keys;

    @Inject
    SubscriptionRepository subscriptions;

    @Override
    public OptionalLong followId(long accountId, Map<String, String> asked) {
        FollowRequest request = new FollowRequest(
                asked.get("target"),
                asked.get("code"),
                asked.get("draft"),
                asked.get("q"),
                asked.get("sector"),
                asked.get("actType"),
                asked.get("agency"),
                asked.get("region"),
                asked.get("from"),
                asked.get("to"));
        return keys.keyOf(request)
                .flatMap(key -> subscriptions.find(accountId, key))
                .map(follow -> OptionalLong.of(follow.id()))
                .orElse(OptionalLong.empty());
    }
}
