package uz.muhokama.notification;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import uz.muhokama.notification.MailRowRepository.MailRow;
import uz.muhokama.notification.Notification.MailState;
import uz.muhokama.notification.NotificationDelivery.Kind;

/** Which rows still to mail a digest run takes, by the person's choice now (docs/notifications.md, "Digests"). */
class DigestMailingTest {

    private static final Set<Long> NONE_PENDING = Set.of();

    private static MailRow row(long event, MailState state) {
        return new MailRow(1, 7, event, Topic.REPLIES, state);
    }

    @Test
    void theDailyRunTakesDailyTopicsAndEverythingTheLimitHeldBack() {
        assertTrue(DigestMailing.takes(Kind.DAILY, row(1, MailState.WAITING), Frequency.DAILY, NONE_PENDING));
        assertTrue(DigestMailing.takes(Kind.DAILY, row(1, MailState.DIGEST), Frequency.INSTANT, Set.of(1L)));
        assertTrue(DigestMailing.takes(Kind.DAILY, row(1, MailState.DIGEST), Frequency.WEEKLY, NONE_PENDING));
        assertFalse(DigestMailing.takes(Kind.DAILY, row(1, MailState.WAITING), Frequency.WEEKLY, NONE_PENDING));
    }

    @Test
    void anItemOfATopicSwitchedBackToInstantIsTheDigestsOnlyOnceItsInstantDeliveryIsOver() {
        assertFalse(DigestMailing.takes(Kind.DAILY, row(1, MailState.WAITING), Frequency.INSTANT, Set.of(1L)));
        assertTrue(DigestMailing.takes(Kind.DAILY, row(1, MailState.WAITING), Frequency.INSTANT, Set.of(2L)));
    }

    @Test
    void theWeeklyRunTakesOnlyWeeklyTopicsWaiting() {
        assertTrue(DigestMailing.takes(Kind.WEEKLY, row(1, MailState.WAITING), Frequency.WEEKLY, NONE_PENDING));
        assertFalse(DigestMailing.takes(Kind.WEEKLY, row(1, MailState.DIGEST), Frequency.WEEKLY, NONE_PENDING));
        assertFalse(DigestMailing.takes(Kind.WEEKLY, row(1, MailState.WAITING), Frequency.DAILY, NONE_PENDING));
    }
}
