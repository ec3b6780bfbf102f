package uz.muhokama.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import uz.muhokama.draft.DraftService;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.i18n.Messages;

/**
 * What one event says to one person, in their language: the line on the notifications page, the
 * subject and text of an instant e-mail, an item of a digest. Links are paths under the portal
 * ({@code /drafts/ID-7}); mailings put the portal's address in front.
 */
@ApplicationScoped
class NotificationTexts {

    @Inject
    Messages messages;

    @Inject
    DraftService drafts;

    /** One notification as people read it. */
    record Item(String title, String text, String link, Instant occurredAt) {}

    /** The event told to {@code accountId} in {@code language}. */
    Item describe(NotificationEvent event, long accountId, Language language) {
        String number = event.draftId().map(drafts::numberOf).orElse("");
        String draftTitle = number.isEmpty()
                ? ""
                : drafts.publicTitles(Set.of(number), language).getOrDefault(number, number);
        String key = "notification.event."
                + event.type().name().toLowerCase(Locale.ROOT).replace('_', '-');
        String detail = event.detail().orElse("");
        String title = messages.get(language, key + ".title", number, draftTitle, detail);
        String text = messages.get(language, key + ".text", number, draftTitle, detail);
        return new Item(title, text, link(event, number), event.occurredAt());
    }

    private static String link(NotificationEvent event, String number) {
        return switch (event.type()) {
            case COMMENT_REPLY ->
                "/drafts/" + number
                        + event.commentId().map(id -> "#comment-" + id).orElse("");
            case SUMMARY_PUBLISHED -> "/drafts/" + number + "/summary";
            case REPORT_RECEIVED, SUMMARY_DUE -> "/agency/reports";
            case EXPERT_APPLICATIONS_WAITING -> "/admin/expert-applications";
            default -> "/drafts/" + number;
        };
    }
}
