package uz.muhokama.notification;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uz.muhokama.account.AccountService;
import uz.muhokama.notification.MailRowRepository.MailRow;
import uz.muhokama.notification.Notification.MailState;
import uz.muhokama.platform.mail.Mailer;

/**
 * One page of people of a digest run, in one transaction: for each person whose digest hour (and for
 * the weekly run, day) is the slot's, every row still to mail that the run takes — in the daily run the
 * WAITING rows of topics now chosen daily, those of topics now chosen "at once" whose instant delivery
 * is over (left WAITING by a switch from daily), and every DIGEST row (held back by the daily limit); in
 * the weekly run the WAITING rows of topics chosen weekly — is taken by a conditional update into SENT
 * with the digest's Message-ID, so an instant job at the same moment finds it gone. Rows of cancelled
 * events and of topics now chosen never are SKIPPED. Each person's one e-mail goes over the page's SMTP
 * connection; when the server refuses one, that person's rows and the rest go back as they were.
 */
@ApplicationScoped
class DigestMailing {

    @Inject
    MailRowRepository rows;

    @Inject
    MailChoices choices;

    @Inject
    DeliverySteps steps;

    @Inject
    DeliveryMails mails;

    @Inject
    NotificationTexts texts;

    @Inject
    AccountService accounts;

    @Inject
    Mailer mailer;

    @Inject
    Clock clock;

    @Resource
    UserTransaction transaction;

    @Inject
    @ConfigProperty(name = "muhokama.notifications.page-seconds", defaultValue = "600")
    int pageSeconds;

    /** What a page did: people read, the last person's id, digests sent, and the first failure (or null). */
    record Page(int read, long lastAccount, int sent, String failure) {}

    Page mail(NotificationDelivery.Kind kind, DigestSlot slot, int shard, long afterAccount, int limit)
            throws Exception {
        List<Long> people = rows.accountsWithMail(shard, afterAccount, limit);
        if (people.isEmpty()) {
            return new Page(0, afterAccount, 0, null);
        }
        long lastAccount = people.get(people.size() - 1);
        Map<Long, MailChoices.Choice> chosen = choices.of(people);
        List<Long> due = people.stream()
                .filter(a -> slot.isFor(
                        kind, chosen.get(a).digestHour(), chosen.get(a).digestWeekday()))
                .toList();
        Map<Long, List<MailRow>> byPerson = new LinkedHashMap<>();
        rows.toMailOf(due)
                .forEach(r -> byPerson.computeIfAbsent(r.accountId(), a -> new ArrayList<>())
                        .add(r));
        Set<Long> eventIds = new HashSet<>();
        byPerson.values().forEach(list -> list.forEach(r -> eventIds.add(r.eventId())));
        Map<Long, NotificationEvent> events = steps.events(eventIds);
        Set<Long> instantPending = new HashSet<>(rows.eventsWithInstantPending(eventIds, shard));
        Instant now = clock.instant();

        transaction.setTransactionTimeout(pageSeconds);
        transaction.begin();
        try {
            Map<MailState, List<Long>> skipped = new EnumMap<>(MailState.class);
            List<MailRow> wanted = new ArrayList<>();
            for (Map.Entry<Long, List<MailRow>> person : byPerson.entrySet()) {
                MailChoices.Choice choice = chosen.get(person.getKey());
                for (MailRow row : person.getValue()) {
                    NotificationEvent event = events.get(row.eventId());
                    Frequency frequency = choice.of(row.topic());
                    if (event == null || event.isCancelled() || frequency == Frequency.NEVER) {
                        skipped.computeIfAbsent(row.state(), x -> new ArrayList<>())
                                .add(row.id());
                    } else if (takes(kind, row, frequency, instantPending)) {
                        wanted.add(row);
                    }
                }
            }
            // Each skipped row moves from the state it was read in.
            skipped.forEach((state, ids) -> rows.moveAll(ids, state, MailState.SKIPPED));
            boolean[] took = rows.takeAll(
                    wanted.stream()
                            .map(r -> new MailRowRepository.Take(
                                    r.id(), r.state(), DeliveryMails.digestId(kind, r.accountId(), slot)))
                            .toList(),
                    now);
            Map<Long, List<MailRow>> taken = new LinkedHashMap<>();
            for (int i = 0; i < took.length; i++) {
                if (took[i]) {
                    taken.computeIfAbsent(wanted.get(i).accountId(), a -> new ArrayList<>())
                            .add(wanted.get(i));
                }
            }
            Map<Long, AccountService.Contact> contacts = accounts.contactsOf(taken.keySet());
            int sent = 0;
            String failure = null;
            try (Mailer.Batch batch = mailer.batch()) {
                for (Map.Entry<Long, List<MailRow>> person : taken.entrySet()) {
                    long account = person.getKey();
                    AccountService.Contact to = contacts.get(account);
                    String id = DeliveryMails.digestId(kind, account, slot);
                    if (failure == null && to != null) {
                        try {
                            // One query for the drafts' titles of the whole digest, not one per item.
                            List<NotificationTexts.Item> items = texts.describe(
                                    person.getValue().stream()
                                            .map(row -> events.get(row.eventId()))
                                            .toList(),
                                    account,
                                    to.language());
                            batch.send(mails.digest(kind, slot, account, to, items));
                            sent++;
                            continue;
                        } catch (Exception e) {
                            failure = e.toString();
                        }
                    }
                    for (MailRow row : person.getValue()) {
                        rows.giveBack(row.id(), to == null ? MailState.SKIPPED : row.state(), id);
                    }
                }
            }
            transaction.commit();
            return new Page(people.size(), lastAccount, sent, failure);
        } catch (Exception e) {
            rollback();
            throw e;
        } finally {
            transaction.setTransactionTimeout(0);
        }
    }

    /** Whether this run takes a row that is still to mail and whose person chose {@code frequency} for it. */
    static boolean takes(NotificationDelivery.Kind kind, MailRow row, Frequency frequency, Set<Long> instantPending) {
        if (kind == NotificationDelivery.Kind.WEEKLY) {
            return row.state() == MailState.WAITING && frequency == Frequency.WEEKLY;
        }
        return row.state() == MailState.DIGEST
                || frequency == Frequency.DAILY
                || (frequency == Frequency.INSTANT && !instantPending.contains(row.eventId()));
    }

    private void rollback() {
        try {
            transaction.rollback();
        } catch (Exception ignored) {
            // the transaction was already ended by a failed commit
        }
    }
}
