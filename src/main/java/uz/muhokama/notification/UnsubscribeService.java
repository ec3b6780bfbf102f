package uz.muhokama.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import uz.muhokama.account.AccountService;
import uz.muhokama.platform.error.ResourceNotFound;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.i18n.Messages;
import uz.muhokama.platform.persistence.UniqueViolation;

/**
 * One-click unsubscribe (RFC 8058): reads what a signed link stops, and stops it. No sign-in: the token's
 * signature is the proof that the portal wrote the link for that person. A token that is not one of
 * ours, or names an account that no longer exists, is a 404 that changes nothing.
 */
@ApplicationScoped
class UnsubscribeService {

    @Inject
    DeliveryMails mails;

    @Inject
    UnsubscribeWrites writes;

    @Inject
    AccountService accounts;

    @Inject
    Messages messages;

    /** What a link stops, said in {@code language}: the question before, and the answer after. */
    record Stop(String question, String done) {}

    /** What {@code token} would stop; changes nothing. */
    Stop read(String token, Language language) {
        return describe(verified(token), language);
    }

    /** Stops what {@code token} names and says what it stopped. */
    Stop stop(String token, Language language) {
        UnsubscribeToken verified = verified(token);
        List<Topic> topics = verified.topic().map(List::of).orElseGet(() -> Arrays.asList(Topic.values()));
        try {
            writes.never(verified.accountId(), topics);
        } catch (RuntimeException e) {
            if (!UniqueViolation.in(e)) {
                throw e;
            }
            writes.never(verified.accountId(), topics); // the same link posted twice at once: now it updates
        }
        return describe(verified, language);
    }

    private UnsubscribeToken verified(String token) {
        return UnsubscribeToken.verify(token, mails.key())
                .filter(t -> accounts.contactOf(t.accountId()).isPresent())
                .orElseThrow(() -> new ResourceNotFound("notification.unsubscribe.invalid"));
    }

    private Stop describe(UnsubscribeToken token, Language language) {
        return token.topic()
                .map(topic -> {
                    String name = messages.get(language, topic.messageKey());
                    return new Stop(
                            messages.get(language, "notification.unsubscribe.question.topic", name),
                            messages.get(language, "notification.unsubscribe.done.topic", name));
                })
                .orElseGet(() -> new Stop(
                        messages.get(language, "notification.unsubscribe.question.all"),
                        messages.get(language, "notification.unsubscribe.done.all")));
    }
}
