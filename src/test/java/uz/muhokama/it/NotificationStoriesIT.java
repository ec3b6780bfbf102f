package uz.muhokama.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The whole way, through the real flows and no row written by a test hook: a person follows what matters
 * to them through the API, something happens where it happens (an agency publishes a draft, someone
 * replies), the portal's own jobs fan it out and mail it, and the e-mail's one-click link stops it.
 */
class NotificationStoriesIT extends PortalIntegration {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(
                    new ServerSetup(Integer.getInteger("smtp.port", 3025), null, "smtp"))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(true);

    @AfterEach
    void resetClock() {
        Drafts.moveClock(http, Duration.ZERO);
    }

    @Test
    void aCitizenFollowsASectorADraftIsPublishedAndTheEmailArrivesWithAWorkingOneClickUnsubscribe() throws Exception {
        Accounts.SignedIn citizen = Accounts.newCitizen(http);
        // The sector, and a saved search within it: two ways to the same drafts, one notification each.
        follow(citizen, "{\"target\": \"sector\", \"code\": \"energy\"}");
        follow(citizen, "{\"target\": \"search\", \"sector\": \"energy\", \"actType\": \"law\"}");
        Http.Reply instant = http.putJson(
                "/api/v1/me/notification-settings",
                "{\"frequencies\": {\"new-drafts\": \"instant\"}}",
                "Authorization",
                citizen.bearer());
        assertEquals(200, instant.status(), instant::toString);

        String number = publishedEnergyLaw();
        Decisions.fanOut(http);
        Decisions.fanOut(http);
        Notifications.runInstant(http);
        Notifications.runInstant(http);

        Notifications.Person person = new Notifications.Person(citizen.id(), citizen.email());
        List<MimeMessage> mails = Notifications.to(smtp.getReceivedMessages(), person);
        assertEquals(1, mails.size(), "one e-mail, though the draft is followed two ways");
        MimeMessage mail = mails.get(0);
        assertTrue(mail.getSubject().contains(number), mail.getSubject());
        assertEquals("uz", mail.getHeader("Content-Language", null));
        assertEquals("List-Unsubscribe=One-Click", mail.getHeader("List-Unsubscribe-Post", null));
        assertTrue(Notifications.body(mail).contains("/drafts/" + number), Notifications.body(mail));

        // The same item on the notifications page's API, unread.
        assertEquals(1, unread(citizen));
        JsonObject item = http.get("/api/v1/me/notifications", "Authorization", citizen.bearer())
                .json()
                .getJsonArray("items")
                .getJsonObject(0);
        assertTrue(item.getString("link").contains(number), item.toString());

        // One click, as a mail program sends it: a POST with no cookie and no sign-in; it names what it stopped.
        Http.Reply stopped = http.post(
                Notifications.unsubscribePath(mail), "application/x-www-form-urlencoded", "List-Unsubscribe=One-Click");
        assertEquals(200, stopped.status(), stopped::toString);
        assertTrue(stopped.body().contains("Men kuzatayotganlarga mos yangi loyihalar"), stopped.body());
        JsonObject settings = http.get("/api/v1/me/notification-settings", "Authorization", citizen.bearer())
                .json();
        assertEquals("never", settings.getJsonObject("frequencies").getString("new-drafts"), settings.toString());

        // The next draft of the sector is on the page, and in no e-mail.
        publishedEnergyLaw();
        Decisions.fanOut(http);
        Notifications.runInstant(http);
        assertEquals(1, Notifications.to(smtp.getReceivedMessages(), person).size());
        assertEquals(2, unread(citizen));
    }

    @Test
    void aReplyToMyCommentReachesMeOnThePageAndByEmailAndMyOwnReplyToMyselfDoesNot() throws Exception {
        String number = Participation.openDraft(http, "Javoblar");
        Accounts.SignedIn author = Accounts.newCitizen(http);
        Accounts.SignedIn other = Accounts.newCitizen(http);
        long comment = Participation.post(
                http, author, number, Participation.comment("Tariflar har yili emas, har chorakda belgilansin."));
        Participation.post(http, author, number, Participation.reply("Aniqlik kiritaman: chorak boshida.", comment));
        long reply = Participation.post(http, other, number, Participation.reply("Qo'llab-quvvatlayman.", comment));
        Decisions.fanOut(http);
        Notifications.runInstant(http);

        Notifications.Person person = new Notifications.Person(author.id(), author.email());
        List<MimeMessage> mails = Notifications.to(smtp.getReceivedMessages(), person);
        assertEquals(1, mails.size(), "told of the other's reply, not of their own");
        assertTrue(Notifications.body(mails.get(0)).contains("#comment-" + reply), Notifications.body(mails.get(0)));
        assertEquals(1, unread(author));
        assertEquals(0, unread(other));

        Http.Reply read = http.postJson("/api/v1/me/notifications/read", "{}", "Authorization", author.bearer());
        assertTrue(read.status() == 200 || read.status() == 204, read::toString);
        assertEquals(0, unread(author));
    }

    private void follow(Accounts.SignedIn who, String json) {
        Http.Reply followed = http.postJson("/api/v1/me/follows", json, "Authorization", who.bearer());
        assertEquals(201, followed.status(), followed::toString);
    }

    private int unread(Accounts.SignedIn who) {
        return http.get("/api/v1/me/notifications/unread-count", "Authorization", who.bearer())
                .json()
                .getInt("unread");
    }

    private String publishedEnergyLaw() {
        Accounts.SignedIn editor = Accounts.newEditor(http, "ministry-of-energy");
        String number = Drafts.create(
                http,
                editor,
                Drafts.lawWithThreeClauses(
                        "Energiya " + UUID.randomUUID().toString().substring(0, 8)));
        Drafts.publish(http, editor, number, Duration.ZERO, 15);
        return number;
    }
}
