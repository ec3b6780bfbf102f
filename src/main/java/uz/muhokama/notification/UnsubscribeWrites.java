package uz.muhokama.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;

/**
 * Sets a person's frequency of some topics to NEVER: an update, or an insert where the person never
 * chose. Two posts of the same link at once (the mail program's one-click and the person's button) may
 * both insert: the loser's transaction fails on the primary key and {@link UnsubscribeService} runs it
 * once more, when it updates.
 */
@ApplicationScoped
class UnsubscribeWrites {

    @Inject
    PreferenceRepository preferences;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void never(long accountId, Collection<Topic> topics) {
        for (Topic topic : topics) {
            preferences.choose(accountId, topic, Frequency.NEVER);
        }
    }
}
