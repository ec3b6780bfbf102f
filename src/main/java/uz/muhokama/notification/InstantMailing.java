package uz.muhokama.notification;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uz.muhokama.account.AccountService;
import uz.muhokama.notification.MailRowRepository.MailRow;
import uz.muhokama.notification.Notification.MailState;
import uz.muhokama.platform.mail.Mailer;
import uz.muhokama.platform.time.PortalTimeZone;

/**
 * One page of an event's instant e-mails, in one transaction: each WAITING row of the page is decided by
 * its person's choice now — at once: taken (WAITING → SENT by a conditional update) and counted against
 * the daily limit, or held for the next daily digest (DIGEST) at the limit; daily or weekly: left WAITING
 * for the digest; never, or the event was cancelled: SKIPPED — and the taken rows' e-mails are sent over
 * one SMTP connection before the transaction commits. When the server refuses one, that row and the rest
 * go back to WAITING (and uncounted) in the same transaction, the rows already sent stay SENT, and the
 * page reports the failure. A crash between sending and committing rolls the rows back to WAITING: they
 * are sent again, with the same Message-ID ({@code n-<id>}).
 */
@ApplicationScoped
class InstantMailing {

    @Inject
    MailRowRepository rows;

    @Inject
    MailChoices choices;

    @Inject
    MailCounts counts;

    @Inject
    DeliveryMails mails;

    @Inject
    NotificationTexts texts;

    @Inject
    AccountService accounts;

    @Inject
    Mailer mailer;

    @Inject
    PortalTimeZone timeZone;

    @Inject
    Clock clock;

    @Resource
    UserTransaction transaction;

    @Inject
    @ConfigProperty(name = "muhokama.notifications.instant-per-day", defaultValue = "20")
    int perDay;

    @Inject
    @ConfigProperty(name = "muhokama.notifications.page-seconds", defaultValue = "600")
    int pageSeconds;

    /** What a page did: rows read, the last id read, e-mails sent, and the first sending failure (or null). */
    record Page(int read, long lastId, int sent, String failure) {}

    Page mail(NotificationEvent event, int shard, long afterId, int limit) throws Exception {
        List<MailRow> page = rows.waitingOfEvent(event.id(), shard, afterId, limit);
        if (page.isEmpty()) {
            return new Page(0, afterId, 0, null);
        }
        long lastId = page.get(page.size() - 1).id();
        Map<Long, MailChoices.Choice> chosen =
                choices.of(page.stream().map(MailRow::accountId).toList());
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, timeZone.zone());
        List<MailRow> instant = page.stream()
                .filter(r -> !event.isCancelled() && chosen.get(r.accountId()).of(r.topic()) == Frequency.INSTANT)
                .sorted(Comparator.comparingLong(MailRow::accountId)) // count rows locked in one order: no deadlock
                .toList();
        counts.ensureRows(today, instant.stream().map(MailRow::accountId).toList());

        transaction.setTransactionTimeout(pageSeconds);
        transaction.begin();
        try {
            rows.moveAll(
                    page.stream()
                            .filter(r -> event.isCancelled()
                                    || chosen.get(r.accountId()).of(r.topic()) == Frequency.NEVER)
                            .map(MailRow::id)
                            .toList(),
                    MailState.WAITING,
                    MailState.SKIPPED);
            boolean[] took = rows.takeAll(
                    instant.stream()
                            .map(r -> new MailRowRepository.Take(
                                    r.id(), MailState.WAITING, DeliveryMails.instantId(r.id())))
                            .toList(),
                    now);
            List<MailRow> tookRows = new ArrayList<>();
            for (int i = 0; i < took.length; i++) {
                if (took[i]) {
                    tookRows.add(instant.get(i));
                }
            }
            boolean[] counted =
                    counts.countEach(tookRows.stream().map(MailRow::accountId).toList(), today, perDay);
            List<MailRow> taken = new ArrayList<>();
            for (int i = 0; i < counted.length; i++) {
                MailRow row = tookRows.get(i);
                if (counted[i]) {
                    taken.add(row);
                } else {
                    // Over the day's limit: the next daily digest carries it.
                    rows.giveBack(row.id(), MailState.DIGEST, DeliveryMails.instantId(row.id()));
                }
            }
            int sent = 0;
            String failure = null;
            Map<Long, AccountService.Contact> contacts =
                    accounts.contactsOf(taken.stream().map(MailRow::accountId).toList());
            try (Mailer.Batch batch = mailer.batch()) {
                for (MailRow row : taken) {
                    AccountService.Contact to = contacts.get(row.accountId());
                    if (failure != null || to == null) {
                        // Not sent: back to WAITING for the retry, or SKIPPED when the account is gone.
                        rows.giveBack(
                                row.id(),
                                to == null ? MailState.SKIPPED : MailState.WAITING,
                                DeliveryMails.instantId(row.id()));
                        counts.uncount(row.accountId(), today);
                        continue;
                    }
                    try {
                        batch.send(mails.instant(
                                row.id(),
                                row.topic(),
                                texts.describe(event, row.accountId(), to.language()),
                                to,
                                row.accountId()));
                        sent++;
                    } catch (Exception e) {
                        failure = e.toString();
                        rows.giveBack(row.id(), MailState.WAITING, DeliveryMails.instantId(row.id()));
                        counts.uncount(row.accountId(), today);
                    }
                }
            }
            transaction.commit();
            return new Page(page.size(), lastId, sent, failure);
        } catch (Exception e) {
            rollback();
            throw e;
        } finally {
            transaction.setTransactionTimeout(0);
        }
    }

    private void rollback() {
        try {
            transaction.rollback();
        } catch (Exception ignored) {
            // the transaction was already ended by a failed commit
        }
    }
}
