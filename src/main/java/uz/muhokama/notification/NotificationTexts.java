package uz.muhokama.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import uz.muhokama.decision.AuthorDecision;
import uz.muhokama.decision.AuthorDecisions;
import uz.muhokama.draft.DraftService;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.i18n.Messages;
import uz.muhokama.platform.time.PortalTimeZone;
import uz.muhokama.reference.ReferenceCatalog;
import uz.muhokama.reference.ReferenceItem;
import uz.muhokama.reference.ReferenceList;

/**
 * What one event says to one person, in their language: the line on the notifications page, the
 * subject and text of an instant e-mail, an item of a digest. Links are paths under the portal
 * ({@code /drafts/ID-7}); mailings put the portal's address in front. The bundle keys are
 * {@code notification.event.<type>.title|text}, each given the draft's number {0}, its title {1}, the
 * event's detail as people read it {2} (a date in Tashkent time, a count) and the draft's sector {3}.
 * A digest describes many events at once ({@link #describe(List, long, Language)}): the drafts' titles
 * are then read in one query.
 */
@ApplicationScoped
class NotificationTexts {

    /** An author's message lists at most this many of their proposals; the summary page has the rest. */
    static final int LISTED_DECISIONS = 20;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Inject
    Messages messages;

    @Inject
    DraftService drafts;

    @Inject
    AuthorDecisions decisions;

    @Inject
    ReferenceCatalog reference;

    @Inject
    PortalTimeZone timeZone;

    /** One notification as people read it. */
    record Item(String title, String text, String link, Instant occurredAt) {}

    /** The event told to {@code accountId} in {@code language}. */
    Item describe(NotificationEvent event, long accountId, Language language) {
        return describe(List.of(event), accountId, language).get(0);
    }

    /** Several events told to one person, in order, with the drafts' titles read in one query. */
    List<Item> describe(List<NotificationEvent> events, long accountId, Language language) {
        Set<String> numbers = events.stream()
                .flatMap(e -> e.draftId().stream())
                .map(drafts::numberOf)
                .collect(Collectors.toSet());
        Map<String, String> titles = numbers.isEmpty() ? Map.of() : drafts.publicTitles(numbers, language);
        List<Item> items = new ArrayList<>(events.size());
        for (NotificationEvent event : events) {
            String number = event.draftId().map(drafts::numberOf).orElse("");
            items.add(describe(event, accountId, language, number, titles.getOrDefault(number, number)));
        }
        return items;
    }

    private Item describe(
            NotificationEvent event, long accountId, Language language, String number, String draftTitle) {
        String key = "notification.event."
                + event.type().name().toLowerCase(Locale.ROOT).replace('_', '-');
        Object[] args = {number, draftTitle, detail(event), sector(event, language)};
        String link = link(event, number);
        if (event.type() == EventType.SUMMARY_PUBLISHED && event.draftId().isPresent()) {
            List<AuthorDecision> mine = decisions.of(event.draftId().get(), accountId, language);
            if (!mine.isEmpty()) {
                return new Item(
                        messages.get(language, key + ".author-title", args),
                        messages.get(language, key + ".author-text", number, draftTitle, lines(mine, language)),
                        link,
                        event.occurredAt());
            }
        }
        return new Item(
                messages.get(language, key + ".title", args),
                messages.get(language, key + ".text", args),
                link,
                event.occurredAt());
    }

    /** The decisions on an author's proposals, the first {@value #LISTED_DECISIONS} of them, as the e-mail lists them. */
    private String lines(List<AuthorDecision> mine, Language language) {
        StringBuilder lines = new StringBuilder();
        for (AuthorDecision d : mine.subList(0, Math.min(LISTED_DECISIONS, mine.size()))) {
            lines.append(messages.get(
                            language,
                            "notification.event.summary-published.line",
                            String.valueOf(d.proposalId()),
                            d.excerpt(),
                            d.decision(),
                            d.reason()))
                    .append("\n\n");
        }
        if (mine.size() > LISTED_DECISIONS) {
            lines.append(messages.get(
                    language,
                    "notification.event.summary-published.more",
                    String.valueOf(mine.size() - LISTED_DECISIONS)));
        }
        return lines.toString().strip();
    }

    /**
     * The event's detail as people read it: a moment (ISO-8601, as the recorder writes closing times) in
     * Tashkent time; the day a new draft's discussion opens; otherwise the detail as it is (a count).
     */
    private String detail(NotificationEvent event) {
        if (event.type() == EventType.DRAFT_PUBLISHED) {
            LocalDate opensOn = event.opensOn();
            return opensOn == null ? "" : DAY.format(opensOn);
        }
        String detail = event.detail().orElse("");
        try {
            return timeZone.format(Instant.parse(detail));
        } catch (DateTimeParseException notAMoment) {
            return detail;
        }
    }

    private String sector(NotificationEvent event, Language language) {
        return reference
                .find(ReferenceList.SECTORS, event.sectorCode(), language)
                .map(ReferenceItem::name)
                .orElse("");
    }

    private static String link(NotificationEvent event, String number) {
        return switch (event.type()) {
            case COMMENT_REPLY ->
                "/drafts/" + number
                        + event.commentId().map(id -> "#comment-" + id).orElse("");
            case SUMMARY_PUBLISHED -> "/drafts/" + number + "/summary";
            case REPORT_RECEIVED -> "/agency/reports";
            case SUMMARY_DUE -> "/agency/drafts/" + number + "/decisions";
            case EXPERT_APPLICATIONS_WAITING -> "/admin/expert-applications";
            default -> "/drafts/" + number;
        };
    }
}
