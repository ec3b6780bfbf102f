package uz.muhokama.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import uz.muhokama.account.AccountService;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.i18n.Messages;
import uz.muhokama.platform.mail.Mailer;
import uz.muhokama.platform.web.SigningKeys;

/**
 * The e-mails of notifications, in the person's language: one item at once, or a digest of several.
 * Every one is bulk mail (RFC 8058): {@code List-Unsubscribe} with the signed one-click link and
 * {@code List-Unsubscribe-Post}, and the body ends with that link and the settings page's.
 */
@ApplicationScoped
class DeliveryMails {

    /** A digest lists this many items; the rest are counted, with a link to the notifications page. */
    static final int DIGEST_LISTED = 20;

    static final String SETTINGS_PATH = "/me/follows";
    static final String NOTIFICATIONS_PATH = "/me/notifications";
    static final String KEY_PURPOSE = "unsubscribe";

    @Inject
    Messages messages;

    @Inject
    Mailer mailer;

    @Inject
    SigningKeys keys;

    private volatile byte[] key;

    /** The Message-ID's local part of an instant e-mail: the notification it carries. */
    static String instantId(long notificationId) {
        return "n-" + notificationId;
    }

    /** The Message-ID's local part of a digest: the person and the slot (daily and weekly apart). */
    static String digestId(NotificationDelivery.Kind kind, long accountId, DigestSlot slot) {
        return (kind == NotificationDelivery.Kind.WEEKLY ? "weekly-" : "digest-") + accountId + "-" + slot.key();
    }

    /** One notification, at once; its unsubscribe link stops its topic. */
    Mailer.Mail instant(
            long notificationId, Topic topic, NotificationTexts.Item item, AccountService.Contact to, long accountId) {
        Language language = to.language();
        String topicName = messages.get(language, topic.messageKey());
        String unsubscribe = unsubscribeUrl(UnsubscribeToken.of(accountId, topic), language);
        String body = item.text() + "\n\n" + url(item.link()) + "\n\n-- \n"
                + messages.get(language, "notification.mail.footer.topic", topicName, unsubscribe, url(SETTINGS_PATH));
        return new Mailer.Mail(
                to.email(), instantId(notificationId), language, item.title(), body, headers(unsubscribe));
    }

    /** A digest of {@code items} (oldest first, all of them: the first {@link #DIGEST_LISTED} are listed). */
    Mailer.Mail digest(
            NotificationDelivery.Kind kind,
            DigestSlot slot,
            long accountId,
            AccountService.Contact to,
            List<NotificationTexts.Item> items) {
        Language language = to.language();
        String kindKey = kind == NotificationDelivery.Kind.WEEKLY ? "weekly" : "daily";
        StringBuilder body = new StringBuilder(
                        messages.get(language, "notification.mail.digest.intro." + kindKey, to.fullName()))
                .append("\n\n");
        int listed = Math.min(DIGEST_LISTED, items.size());
        for (int i = 0; i < listed; i++) {
            NotificationTexts.Item item = items.get(i);
            body.append(i + 1)
                    .append(". ")
                    .append(item.title())
                    .append('\n')
                    .append(item.text())
                    .append('\n')
                    .append(url(item.link()))
                    .append("\n\n");
        }
        if (items.size() > listed) {
            body.append(messages.get(
                            language, "notification.mail.digest.more", items.size() - listed, url(NOTIFICATIONS_PATH)))
                    .append("\n\n");
        }
        String unsubscribe = unsubscribeUrl(UnsubscribeToken.all(accountId), language);
        body.append("-- \n")
                .append(messages.get(language, "notification.mail.footer.all", unsubscribe, url(SETTINGS_PATH)));
        return new Mailer.Mail(
                to.email(),
                digestId(kind, accountId, slot),
                language,
                messages.get(language, "notification.mail.digest.subject." + kindKey, items.size()),
                body.toString(),
                headers(unsubscribe));
    }

    /** The signed one-click link, opening its page in the person's language. */
    String unsubscribeUrl(UnsubscribeToken token, Language language) {
        return url("/unsubscribe/" + token.sign(key()) + "?lang=" + language.tag());
    }

    byte[] key() {
        byte[] current = key;
        if (current == null) {
            current = keys.forPurpose(KEY_PURPOSE);
            key = current;
        }
        return current;
    }

    private String url(String path) {
        return mailer.portalUrl() + path;
    }

    private static Map<String, String> headers(String unsubscribe) {
        return Map.of(
                "List-Unsubscribe", "<" + unsubscribe + ">", "List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    }
}
