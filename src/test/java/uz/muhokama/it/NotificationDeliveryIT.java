package uz.muhokama.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uz.muhokama.it.Notifications.Person;

/**
 * Notifications by e-mail: at once in the person's language with a one-click unsubscribe that acts only
 * on POST, daily digests that carry each item once across a switch of frequency, the daily limit, and
 * nothing lost or sent twice when the SMTP server is down or two jobs run at once. The events and rows
 * are written as the fan-out writes them (the testkit).
 */
class NotificationDeliveryIT extends PortalIntegration {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(
                    new ServerSetup(Integer.getInteger("smtp.port", 3025), null, "smtp"))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(true);

    private static final String REPLY = "COMMENT_REPLY";

    /**
     * A digest slot runs once: each digest story moves the clock to an hour of its own, from a start drawn
     * per run because the PostgreSQL database keeps the slots of earlier runs.
     */
    private static final AtomicInteger HOURS = new AtomicInteger(new Random().nextInt(400));

    private void anHourOfItsOwn() {
        Drafts.moveClock(http, Duration.ofHours(HOURS.incrementAndGet()));
    }

    @AfterEach
    void resetClock() {
        Drafts.moveClock(http, Duration.ZERO);
    }

    @Test
    void anInstantEmailInThePersonsLanguageStopsItsTopicWithOneClickOnPostOnly() throws Exception {
        Person reader = Notifications.person(http, "ru");
        Map<Long, Long> first = Notifications.event(http, REPLY, reader);
        Notifications.runInstant(http);
        assertTrue(smtp.waitForIncomingEmail(5000, 1));
        List<MimeMessage> mails = Notifications.to(smtp.getReceivedMessages(), reader);
        assertEquals(1, mails.size());
        MimeMessage mail = mails.get(0);
        assertEquals("<n-" + first.get(reader.id()) + "@muhokama.uz>", Notifications.messageId(mail));
        assertEquals("ru", mail.getHeader("Content-Language", null));
        assertEquals("List-Unsubscribe=One-Click", mail.getHeader("List-Unsubscribe-Post", null));
        String body = Notifications.body(mail);
        assertTrue(body.contains("Отписаться от писем"), body);
        String link = Notifications.unsubscribePath(mail);
        assertTrue(body.contains(link), "the body ends with the same link: " + body);
        assertTrue(body.contains("/me/follows"), body);

        // A mail scanner following the link changes nothing: the next reply is mailed too.
        Http.Reply asked = http.get(link);
        assertEquals(200, asked.status(), asked::toString);
        assertTrue(asked.body().contains("Больше не присылать"), asked.body());
        assertTrue(asked.body().contains("method=\"post\""), asked.body());
        Notifications.event(http, REPLY, reader);
        Notifications.runInstant(http);
        assertTrue(smtp.waitForIncomingEmail(5000, 2));

        // A tampered link is refused and changes nothing.
        String tampered = link.replaceFirst("/unsubscribe/(\\d+)", "/unsubscribe/1$1");
        Http.Reply refused = http.post(tampered, "application/x-www-form-urlencoded", "List-Unsubscribe=One-Click");
        assertEquals(404, refused.status(), refused::toString);
        assertTrue(refused.body().contains("недействительна"), refused.body());

        // The mail program's one-click POST: no cookie, no CSRF token.
        Http.Reply stopped = http.post(link, "application/x-www-form-urlencoded", "List-Unsubscribe=One-Click");
        assertEquals(200, stopped.status(), stopped::toString);
        assertTrue(stopped.body().contains("Готово: письма о"), stopped.body());

        Notifications.event(http, REPLY, reader);
        Notifications.runInstant(http);
        assertEquals(2, Notifications.to(smtp.getReceivedMessages(), reader).size());
        assertEquals(List.of("SENT", "SENT", "SKIPPED"), Notifications.states(http, reader));
    }

    @Test
    void aSwitchFromInstantToDailyPutsEachItemInTheDigestOnceAndCancelledOnesNowhere() throws Exception {
        anHourOfItsOwn();
        Person reader = Notifications.person(http, "uz");
        Notifications.event(http, REPLY, reader);
        Notifications.runInstant(http);
        Notifications.event(http, REPLY, reader); // recorded while instant, mailed after the switch
        Notifications.prefer(http, reader, "REPLIES", "DAILY");
        Notifications.event(http, REPLY, reader);
        Notifications.Made hidden = Notifications.eventAndId(http, REPLY, reader);
        Notifications.cancel(http, hidden.event());
        Notifications.runInstant(http);
        assertEquals(List.of("SENT", "WAITING", "WAITING", "SKIPPED"), Notifications.states(http, reader));

        Notifications.digestNow(http, reader);
        Notifications.runDigest(http);
        Notifications.runDigest(http);
        List<MimeMessage> mails = Notifications.to(smtp.getReceivedMessages(), reader);
        assertEquals(2, mails.size(), "one instant e-mail and one digest");
        MimeMessage digest = mails.get(1);
        assertTrue(Notifications.messageId(digest).startsWith("<digest-" + reader.id() + "-"));
        assertTrue(digest.getSubject().contains("(2)"), digest.getSubject());
        assertEquals("List-Unsubscribe=One-Click", digest.getHeader("List-Unsubscribe-Post", null));
        assertEquals(List.of("SENT", "SENT", "SENT", "SKIPPED"), Notifications.states(http, reader));
        Set<String> carriers = new HashSet<>();
        Notifications.rows(http, reader).stream()
                .filter(r -> r.getString("mailState").equals("SENT"))
                .forEach(r -> carriers.add(r.getString("mailedIn")));
        assertEquals(2, carriers.size(), "the first in its own e-mail, the next two in the digest: " + carriers);
    }

    @Test
    void aDigestHourMissedWhileNoInstanceRanGoesOutLateOnceWithinSixHoursAndWaitsBeyond() throws Exception {
        anHourOfItsOwn(); // no run in this hour: every instance was down
        Person late = Notifications.person(http, "en");
        Notifications.prefer(http, late, "REPLIES", "DAILY");
        Notifications.digestNow(http, late);
        Notifications.event(http, REPLY, late);

        Drafts.moveClock(http, Duration.ofHours(HOURS.addAndGet(3)));
        String now = Notifications.runDigest(http).getString("slot");
        drainDigests(); // this hour's digests go first, a missed hour's may take more runs
        List<MimeMessage> mails = Notifications.to(smtp.getReceivedMessages(), late);
        assertEquals(1, mails.size(), "the missed hour's digest, once");
        String id = Notifications.messageId(mails.get(0));
        assertTrue(id.startsWith("<digest-" + late.id() + "-"), id);
        assertFalse(id.contains(now), "made for the missed hour, not this one: " + id + ", now " + now);
        assertEquals(List.of("SENT"), Notifications.states(http, late));

        anHourOfItsOwn();
        Person later = Notifications.person(http, "en");
        Notifications.prefer(http, later, "REPLIES", "DAILY");
        Notifications.digestNow(http, later);
        Notifications.event(http, REPLY, later);
        Drafts.moveClock(http, Duration.ofHours(HOURS.addAndGet(7)));
        Notifications.runDigest(http);
        assertEquals(0, Notifications.to(smtp.getReceivedMessages(), later).size(), "seven hours late: the next day");
        assertEquals(List.of("WAITING"), Notifications.states(http, later));
    }

    @Test
    void aWeeklyDigestGoesOnThePersonsDayAndHourWithEverythingSinceAndNotOnOtherDays() throws Exception {
        anHourOfItsOwn();
        Person reader = Notifications.person(http, "ru");
        Notifications.prefer(http, reader, "REPLIES", "WEEKLY");
        Notifications.digestNow(http, reader); // this hour, on this day of the week
        Notifications.event(http, REPLY, reader);
        Notifications.event(http, REPLY, reader);
        Notifications.runInstant(http);
        assertEquals(List.of("WAITING", "WAITING"), Notifications.states(http, reader));

        // The next day at the same hour: the daily digest's hour, but not the person's day.
        Drafts.moveClock(http, Duration.ofHours(HOURS.addAndGet(24)));
        drainDigests();
        assertEquals(0, Notifications.to(smtp.getReceivedMessages(), reader).size());
        assertEquals(List.of("WAITING", "WAITING"), Notifications.states(http, reader));

        // A week on, at the same hour of the same day: one weekly digest with both.
        Drafts.moveClock(http, Duration.ofHours(HOURS.addAndGet(24 * 6)));
        drainDigests();
        List<MimeMessage> mails = Notifications.to(smtp.getReceivedMessages(), reader);
        assertEquals(1, mails.size());
        assertTrue(Notifications.messageId(mails.get(0)).startsWith("<weekly-" + reader.id() + "-"));
        assertTrue(
                mails.get(0).getSubject().contains("еженедельная сводка (2)"),
                mails.get(0).getSubject());
        assertEquals(List.of("SENT", "SENT"), Notifications.states(http, reader));
    }

    @Test
    void theTwentyFirstInstantEmailOfTheDayWaitsForTheDigest() throws Exception {
        anHourOfItsOwn();
        Person reader = Notifications.person(http, "en");
        for (int i = 0; i < 21; i++) {
            Notifications.event(http, REPLY, reader);
        }
        Notifications.runInstant(http);
        assertEquals(20, Notifications.to(smtp.getReceivedMessages(), reader).size());
        List<String> states = Notifications.states(http, reader);
        assertEquals("DIGEST", states.get(20), states::toString);

        Notifications.digestNow(http, reader);
        Notifications.runDigest(http);
        List<MimeMessage> mails = Notifications.to(smtp.getReceivedMessages(), reader);
        assertEquals(21, mails.size());
        assertTrue(
                mails.get(20).getSubject().contains("daily digest (1)"),
                mails.get(20).getSubject());
        assertFalse(Notifications.states(http, reader).contains("DIGEST"));
    }

    @Test
    void whenTheSmtpServerIsDownTheDeliveryIsRetriedAfterTheBackOffAndEachEmailGoesOnce() throws Exception {
        Person reader = Notifications.person(http, "uz");
        for (int i = 0; i < 3; i++) {
            Notifications.event(http, REPLY, reader);
        }
        smtp.stop();
        assertTrue(Notifications.runInstant(http).getInt("failed") >= 3);
        assertEquals(List.of("WAITING", "WAITING", "WAITING"), Notifications.states(http, reader));

        smtp.start();
        Notifications.runInstant(http);
        assertEquals(0, Notifications.to(smtp.getReceivedMessages(), reader).size(), "not before the back-off");
        Drafts.moveClock(http, Duration.ofMinutes(2));
        Notifications.runInstant(http);
        Notifications.runInstant(http);
        assertEquals(3, Notifications.to(smtp.getReceivedMessages(), reader).size());
        assertEquals(List.of("SENT", "SENT", "SENT"), Notifications.states(http, reader));
    }

    @Test
    void twoRunsOfEachJobAtOnceSendEachEmailOnce() throws Exception {
        anHourOfItsOwn();
        Person a = Notifications.person(http, "uz");
        Person b = Notifications.person(http, "ru");
        Person c = Notifications.person(http, "en");
        for (int i = 0; i < 8; i++) {
            Notifications.event(http, REPLY, a, b, c);
        }
        Notifications.prefer(http, c, "REPLIES", "DAILY");
        Notifications.digestNow(http, c);
        atOnce(() -> Notifications.runInstant(http));
        atOnce(() -> Notifications.runDigest(http));

        List<String> ids = new ArrayList<>();
        for (Person p : List.of(a, b, c)) {
            for (MimeMessage m : Notifications.to(smtp.getReceivedMessages(), p)) {
                ids.add(Notifications.messageId(m));
            }
        }
        assertEquals(8 + 8 + 1, ids.size(), ids::toString);
        assertEquals(ids.size(), new HashSet<>(ids).size(), "every Message-ID once: " + ids);
    }

    /** Runs the digest job until nothing is due: the stories' clock jumps leave missed hours to catch up. */
    private void drainDigests() {
        for (int run = 0; run < 20 && Notifications.runDigest(http).getInt("done") > 0; run++) {
            // once more
        }
    }

    private static void atOnce(Callable<?> job) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                runs.add(pool.submit(job));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdown();
        }
    }
}
