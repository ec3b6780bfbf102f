package uz.muhokama.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The production shape: two instances on one PostgreSQL behind nginx, started by
 * {@code src/deploy/cluster.sh up} before this class runs (.ci/run; profile {@code cluster}), with the
 * test clock enabled, the report job left to the tests (an interval of an hour), a pause in the report
 * job once its summary is written ({@code MUHOKAMA_TEST_JOB_PAUSE_SECONDS}) and e-mail to this class's
 * SMTP server ({@code SMTP_PORT}, {@code cluster.smtp.port}). Real HTTP through the balancer and to
 * each instance; faults by the script ({@code cluster.sh kill N}, then {@code start N};
 * {@code db-restart}), in an order that restarts a killed instance only when a later story needs it.
 * Not an Arquillian test: nothing is deployed by it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final ServerSetup SMTP =
            new ServerSetup(Integer.getInteger("cluster.smtp.port", 3026), "127.0.0.1", "smtp");
    private static final Path REPORTS = Path.of(System.getProperty("cluster.reports", "target/cluster/reports"));
    /** The instances' claim timeout (muhokama.reports.claim-timeout-seconds, its default). */
    private static final Duration CLAIM_TIMEOUT = Duration.ofSeconds(300);

    private static GreenMail smtp;

    @BeforeAll
    static void smtpServer() {
        smtp = new GreenMail(SMTP);
        smtp.start();
    }

    @AfterAll
    static void noSmtpServer() {
        smtp.stop();
    }

    private static final Path SCRIPT = Path.of(System.getProperty("cluster.script", "src/deploy/cluster.sh"));

    private final Http balancer = new Http(url(System.getProperty("cluster.balancer", "http://127.0.0.1:8080/")));
    private final Http one = new Http(url(System.getProperty("cluster.instance1", "http://127.0.0.1:9081/")));
    private final Http two = new Http(url(System.getProperty("cluster.instance2", "http://127.0.0.1:9082/")));

    /** Before each story rather than after: the last one's killed instance is left for `cluster.sh down`. */
    @BeforeEach
    void bothInstancesRun() throws Exception {
        script("start", "1");
        script("start", "2");
        // A restarted instance's test clock starts at the real time again: put both on the same moment,
        // as real instances' clocks agree (a token issued by one is judged by the other's clock).
        long offset = Math.max(offsetOf(one), offsetOf(two));
        Drafts.moveClock(one, Duration.ofSeconds(offset));
        Drafts.moveClock(two, Duration.ofSeconds(offset));
        if (!smtp.isRunning()) {
            smtpServer();
        }
    }

    @Test
    @Order(0)
    void throughTheBalancerEveryAnswerKeepsItsProtectiveHeadersAndMetricsStayHidden() {
        Http.Reply page = balancer.get("/?lang=ru");
        assertEquals(200, page.status(), page::toString);
        assertTrue(
                page.header("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"),
                "the pages' own policy");
        assertEquals("ru", page.header("Content-Language").orElse(""));
        assertEquals(
                "strict-origin-when-cross-origin",
                page.header("Referrer-Policy").orElse(""));
        assertTrue(page.header("Strict-Transport-Security").isEmpty(), "this balancer speaks plain HTTP");
        for (String path : new String[] {"/api/v1/regions", "/health/ready", "/metrics"}) {
            Http.Reply other = balancer.get(path);
            assertEquals("nosniff", other.header("X-Content-Type-Options").orElse(""), path);
            assertEquals("DENY", other.header("X-Frame-Options").orElse(""), path);
        }
        assertEquals(404, balancer.get("/metrics").status(), "operators read each instance's metrics directly");
        assertEquals(200, one.get("/metrics").status());
    }

    @Test
    @Order(1)
    void aSignInOnOneInstanceHoldsOnTheOtherAndSigningOutOnTheOtherEndsItOnBoth() {
        Accounts.SignedIn citizen = Accounts.newCitizen(one);
        assertEquals(
                citizen.id(),
                two.get("/api/v1/me", "Authorization", citizen.bearer())
                        .json()
                        .getJsonNumber("id")
                        .longValue(),
                "a token from instance 1 works on instance 2");
        assertEquals(
                204,
                two.delete("/api/v1/tokens/current", "Authorization", citizen.bearer())
                        .status());
        assertEquals(
                401,
                one.get("/api/v1/me", "Authorization", citizen.bearer()).status(),
                "signed out on 2, out on 1 too");

        Accounts.PageSession page = Accounts.signInOnPage(one, citizen.email(), citizen.password());
        assertEquals(
                200,
                two.get("/me", "Cookie", page.cookies()).status(),
                "the page session of instance 1 holds on instance 2");
        Http.Reply out = two.postForm("/sign-out", Map.of("_csrf", page.csrf()), "Cookie", page.cookies());
        assertEquals(303, out.status(), out::toString);
        assertEquals(
                303,
                one.get("/me", "Cookie", page.cookies()).status(),
                "signed out on 2: instance 1 sends to the sign-in page");
    }

    @Test
    @Order(2)
    void oneVoteCastThroughEachInstanceBySamePersonIsOneVote() {
        String number = openDraft("Ovoz");
        Accounts.SignedIn voter = Accounts.newCitizen(balancer);
        String vote = "/api/v1/drafts/" + number + "/vote";
        assertEquals(
                200,
                one.putJson(vote, "{\"vote\":\"SUPPORT\"}", "Authorization", voter.bearer())
                        .status());
        JsonObject tally = two.putJson(vote, "{\"vote\":\"OPPOSE\"}", "Authorization", voter.bearer())
                .json();
        assertEquals(0, tally.getInt("support"), tally::toString);
        assertEquals(1, tally.getInt("oppose"), tally::toString);
        JsonObject read = one.get(vote, "Authorization", voter.bearer()).json();
        assertEquals(1, read.getInt("support") + read.getInt("oppose"), read::toString);
        assertEquals("OPPOSE", read.getString("mine"));
    }

    @Test
    @Order(3)
    void bothInstancesClosingAtOnceCloseTheDiscussionOnceAndMakeOneReport() throws Exception {
        Accounts.SignedIn editor = Accounts.newEditor(balancer, "ministry-of-justice");
        String number = Drafts.create(
                balancer,
                editor,
                Drafts.lawWithThreeClauses(
                        "Klaster " + UUID.randomUUID().toString().substring(0, 8)));
        JsonObject published = Drafts.publish(one, editor, number, Duration.ZERO, 15);
        Instant closes = Instant.parse(published.getJsonObject("discussion").getString("closesAt"));
        moveBothClocksPast(closes.plusSeconds(60));

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> runs = new ArrayList<>();
            for (Http instance : List.of(one, two, one, two)) {
                runs.add(() ->
                        instance.postJson("/api/v1/test/jobs/discussions", "{}").status());
            }
            for (Future<Integer> status : pool.invokeAll(runs)) {
                assertEquals(200, status.get());
            }
            List<Callable<JsonObject>> reports = new ArrayList<>();
            for (Http instance : List.of(one, two, one, two)) {
                reports.add(() -> instance.postJson("/api/v1/test/jobs/reports?draft=" + number, "{}")
                        .json());
            }
            int generated = 0;
            for (Future<JsonObject> run : pool.invokeAll(reports)) {
                generated += run.get().getJsonArray("generated").size();
            }
            assertTrue(
                    generated <= 1, "at most one run writes it (the scheduled job may have been first): " + generated);
        } finally {
            pool.shutdownNow();
        }
        JsonObject report = one.get("/api/v1/reports/" + number, "Authorization", editor.bearer())
                .json();
        assertEquals(1, report.getInt("attempts"), report::toString);
        assertEquals("delivered", report.getString("state"), report::toString);
        assertEquals("closed", two.get("/api/v1/drafts/" + number).json().getString("status"));
        assertEquals(
                1,
                one.get("/api/v1/reports", "Authorization", editor.bearer()).json().getJsonArray("items").stream()
                        .filter(r -> number.equals(r.asJsonObject().getString("draft")))
                        .count(),
                "one report of the draft");
    }

    /**
     * Twenty people follow a sector; a draft of it is published; both instances run the fan-out and the
     * instant delivery at the same moment, twice each (and their own scheduled runs may join in): every
     * person gets the e-mail once, counted by Message-ID at the one SMTP server both instances send to.
     */
    @Test
    @Order(3)
    void bothInstancesDeliveringAtOnceSendEachNotificationOnce() throws Exception {
        List<Accounts.SignedIn> followers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Accounts.SignedIn follower = Accounts.newCitizen(balancer);
            Http.Reply followed = balancer.postJson(
                    "/api/v1/me/follows",
                    "{\"target\": \"sector\", \"code\": \"energy\"}",
                    "Authorization",
                    follower.bearer());
            assertEquals(201, followed.status(), followed::toString);
            Http.Reply instant = balancer.putJson(
                    "/api/v1/me/notification-settings",
                    "{\"frequencies\": {\"new-drafts\": \"instant\"}}",
                    "Authorization",
                    follower.bearer());
            assertEquals(200, instant.status(), instant::toString);
            followers.add(follower);
        }
        Accounts.SignedIn editor = Accounts.newEditor(balancer, "ministry-of-energy");
        String number = Drafts.create(
                balancer,
                editor,
                Drafts.lawWithThreeClauses(
                        "Klaster xabari " + UUID.randomUUID().toString().substring(0, 8)));
        Drafts.publish(one, editor, number, Duration.ZERO, 15);

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (String job : List.of("fan-out", "instant")) {
                List<Callable<Integer>> runs = new ArrayList<>();
                for (Http instance : List.of(one, two, one, two)) {
                    runs.add(() -> instance.postJson("/api/v1/test/jobs/notifications/" + job, "{}")
                            .status());
                }
                for (Future<Integer> status : pool.invokeAll(runs)) {
                    assertEquals(200, status.get(), job);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        Map<String, Integer> byMessageId = new HashMap<>();
        Set<String> recipients = new HashSet<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (m.getSubject().contains(number)) {
                byMessageId.merge(m.getHeader("Message-ID", null), 1, Integer::sum);
                recipients.add(m.getRecipients(jakarta.mail.Message.RecipientType.TO)[0]
                        .toString()
                        .toLowerCase());
            }
        }
        assertEquals(20, byMessageId.size(), "one message per follower: " + byMessageId);
        assertTrue(byMessageId.values().stream().allMatch(n -> n == 1), "none twice: " + byMessageId);
        for (Accounts.SignedIn follower : followers) {
            assertTrue(recipients.contains(follower.email().toLowerCase()), follower.email());
        }
    }

    /** Both instances' open data jobs at once for one slot: one package, in the shared folder, served by either. */
    @Test
    @Order(3)
    void bothInstancesMakingTheOpenDataPackageAtOnceMakeItOnce() throws Exception {
        String slot = "cluster-" + UUID.randomUUID();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<JsonObject> runs = new ArrayList<>();
        try {
            List<Callable<JsonObject>> calls = new ArrayList<>();
            for (Http instance : List.of(one, two, one, two)) {
                calls.add(() -> instance.postJson("/api/v1/test/jobs/open-data?slot=" + slot, "{}")
                        .json());
            }
            for (Future<JsonObject> run : pool.invokeAll(calls)) {
                runs.add(run.get());
            }
        } finally {
            pool.shutdownNow();
        }
        List<JsonObject> makers =
                runs.stream().filter(r -> "made".equals(r.getString("outcome"))).toList();
        assertEquals(1, makers.size(), runs.toString());
        long made = makers.get(0).getJsonNumber("packageId").longValue();
        assertTrue(Files.isDirectory(REPORTS.resolve("open-data").resolve(Long.toString(made))));
        try (var left = Files.list(REPORTS.resolve("open-data"))) {
            assertEquals(
                    List.of(),
                    left.map(p -> p.getFileName().toString())
                            .filter(n -> n.startsWith(".work-"))
                            .toList(),
                    "no half-written package left behind");
        }
        String path = "/api/v1/open-data/packages/" + made + "/drafts.csv";
        assertEquals(one.get(path).body(), two.get(path).body(), "either instance serves the same file");
    }

    /**
     * Many people comment through the balancer while instance 2 is killed (SIGKILL): every comment the
     * portal acknowledged is stored, none twice, and instance 1 goes on serving.
     */
    @Test
    @Order(6)
    void killingAnInstanceDuringACommentLoadLosesNoAcknowledgedComment() throws Exception {
        String number = openDraft("Yuklama");
        Load load = commentLoad(number, 24, () -> script("kill", "2"));
        assertEquals(200, balancer.get("/").status(), "the balancer goes on serving with one instance");
        assertTrue(load.acknowledged.size() > 120, load::toString);
        load.assertEveryAcknowledgedCommentStoredOnce(one);
    }

    /** What a fault that struck during a comment load should not have lost. */
    private record Load(String number, Map<String, Long> acknowledged, AtomicInteger refused) {

        void assertEveryAcknowledgedCommentStoredOnce(Http reader) {
            Map<String, Integer> stored = new HashMap<>();
            for (int page = 1; ; page++) {
                JsonObject comments = reader.get("/api/v1/drafts/" + number + "/comments?size=100&page=" + page)
                        .json();
                for (JsonValue item : comments.getJsonArray("items")) {
                    stored.merge(item.asJsonObject().getString("text"), 1, Integer::sum);
                }
                if (page * 100L >= comments.getJsonNumber("total").longValue()) {
                    break;
                }
            }
            for (Map.Entry<String, Long> each : acknowledged.entrySet()) {
                assertEquals(
                        1,
                        stored.getOrDefault(each.getKey(), 0),
                        "acknowledged comment " + each.getValue() + " stored once");
            }
            assertFalse(stored.values().stream().anyMatch(n -> n > 1), "no comment stored twice");
        }

        @Override
        public String toString() {
            return acknowledged.size() + " comments acknowledged, " + refused.get() + " refused or cut off";
        }
    }

    /** A fault the load meets: a script run. */
    private interface Fault {
        void strike() throws Exception;
    }

    /**
     * {@code people} people write ten comments each through the balancer, eight at a time (the portal
     * allows ten a minute); once 60 have been sent the fault strikes. No client sends a comment twice.
     */
    private Load commentLoad(String number, int people, Fault fault) throws Exception {
        List<Accounts.SignedIn> writers = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            writers.add(Accounts.newCitizen(balancer));
        }
        Load load = new Load(number, new ConcurrentHashMap<>(), new AtomicInteger());
        AtomicInteger sent = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<Future<?>> running = new ArrayList<>();
        for (Accounts.SignedIn person : writers) {
            running.add(clients.submit(() -> {
                for (int i = 0; i < 10; i++) {
                    String text = "Yuklama izohi " + person.id() + "-" + i + " " + UUID.randomUUID();
                    sent.incrementAndGet();
                    try {
                        Http.Reply reply = balancer.postJson(
                                "/api/v1/drafts/" + number + "/comments",
                                Participation.comment(text),
                                "Authorization",
                                person.bearer());
                        if (reply.status() == 201) {
                            load.acknowledged()
                                    .put(text, reply.json().getJsonNumber("id").longValue());
                        } else {
                            load.refused().incrementAndGet();
                        }
                    } catch (RuntimeException connectionLost) {
                        load.refused().incrementAndGet();
                    }
                }
            }));
        }
        while (sent.get() < 60) {
            Thread.sleep(20);
        }
        fault.strike();
        for (Future<?> each : running) {
            each.get(5, TimeUnit.MINUTES);
        }
        clients.shutdown();
        System.out.println("comment load on " + number + ", a fault after 60 sent: " + load);
        return load;
    }

    /**
     * Instance 1 is killed while it writes a report (the job pauses once its summary is written): its
     * claim stays until the claim timeout, then instance 2 takes it over, and one report is delivered:
     * one workbook in the shared folder, one e-mail.
     */
    @Test
    @Order(7)
    void theReportOfAnInstanceKilledWhileWritingItIsTakenOverAndDeliveredOnce() throws Exception {
        Instant storyStarted = Instant.now().minusSeconds(1);
        Accounts.SignedIn editor = Accounts.newEditor(balancer, "ministry-of-justice");
        String number = closedDraft(editor, "Hisobot");
        Accounts.SignedIn admin = Accounts.demoAdmin(balancer);

        ExecutorService background = Executors.newSingleThreadExecutor();
        try {
            background.submit(() -> one.postJson("/api/v1/test/jobs/reports?draft=" + number, "{}"));
            String state = "";
            for (int i = 0; i < 100 && !"generating".equals(state); i++) {
                Thread.sleep(100);
                Http.Reply report = two.get("/api/v1/reports/" + number, "Authorization", admin.bearer());
                state = report.status() == 200 ? report.json().getString("state") : "";
            }
            assertEquals("generating", state, "instance 1 is writing the report");
            script("kill", "1");
        } finally {
            background.shutdownNow();
        }

        assertEquals(
                List.of(),
                two.postJson("/api/v1/test/jobs/reports?draft=" + number, "{}")
                        .json()
                        .getJsonArray("generated"),
                "the dead instance's claim holds until it times out");
        Drafts.moveClock(
                two, Duration.ofSeconds(offsetOf(two)).plus(CLAIM_TIMEOUT).plusSeconds(60));
        JsonObject run =
                two.postJson("/api/v1/test/jobs/reports?draft=" + number, "{}").json();
        assertEquals(1, run.getJsonArray("generated").size(), run::toString);

        JsonObject report = two.get("/api/v1/reports/" + number, "Authorization", admin.bearer())
                .json();
        assertEquals("delivered", report.getString("state"), report::toString);
        assertEquals(2, report.getInt("attempts"), "taken over: a second attempt");
        try (var files = Files.walk(REPORTS)) {
            // Written during this story: the folder outlives the cluster's databases, whose draft numbers repeat.
            assertEquals(
                    1,
                    files.filter(f -> f.getFileName().toString().startsWith(number + "-")
                                    && f.toString().endsWith(".xlsx"))
                            .filter(f -> f.toFile().lastModified() >= storyStarted.toEpochMilli())
                            .count(),
                    "one workbook of the draft in the shared folder");
        }
        assertEquals(1, mailsAbout(number), "one e-mail to the agency");
    }

    /** PostgreSQL restarted during a comment load: nothing acknowledged is lost and both instances serve again unaided. */
    @Test
    @Order(5)
    void postgresqlRestartedUnderLoadLosesNothingAcknowledgedAndTheInstancesRecover() throws Exception {
        String number = openDraft("Baza");
        Load load = commentLoad(number, 16, () -> script("db-restart"));
        for (Http instance : List.of(one, two)) {
            Http.Reply posted = null;
            for (int i = 0; i < 60 && (posted == null || posted.status() != 201); i++) {
                Thread.sleep(500);
                try {
                    posted = instance.postJson(
                            "/api/v1/drafts/" + number + "/comments",
                            Participation.comment("Qayta " + UUID.randomUUID()),
                            "Authorization",
                            Accounts.newCitizen(instance).bearer());
                } catch (RuntimeException stillDown) {
                    posted = null;
                }
            }
            assertEquals(
                    201, posted == null ? 0 : posted.status(), "the instance stores comments again without a restart");
        }
        load.assertEveryAcknowledgedCommentStoredOnce(one);
    }

    /** The SMTP server is down when the report is forwarded: its e-mail goes once the server is back, once. */
    @Test
    @Order(4)
    void anEmailThatFoundTheSmtpServerDownGoesOnceItIsBack() throws Exception {
        Accounts.SignedIn editor = Accounts.newEditor(balancer, "ministry-of-justice");
        String number = closedDraft(editor, "Pochta");
        Accounts.SignedIn admin = Accounts.demoAdmin(balancer);
        smtp.stop();
        assertEquals(
                1,
                one.postJson("/api/v1/test/jobs/reports?draft=" + number, "{}")
                        .json()
                        .getJsonArray("generated")
                        .size());
        JsonObject waiting = one.get("/api/v1/reports/" + number, "Authorization", admin.bearer())
                .json();
        assertEquals(
                "failed", waiting.getString("state"), "the e-mail step failed and waits for its retry: " + waiting);

        smtpServer();
        moveBothClocksPast(Instant.parse(two.get("/api/v1/test/clock").json().getString("now"))
                .plus(Duration.ofMinutes(10)));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> runs = new ArrayList<>();
            for (Http instance : List.of(one, two, one, two)) {
                runs.add(() -> instance.postJson("/api/v1/test/jobs/reports?draft=" + number, "{}")
                        .status());
            }
            for (Future<Integer> status : pool.invokeAll(runs)) {
                assertEquals(200, status.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(
                "delivered",
                two.get("/api/v1/reports/" + number, "Authorization", admin.bearer())
                        .json()
                        .getString("state"));
        assertEquals(1, mailsAbout(number), "the e-mail went once");
    }

    private static long mailsAbout(String number) throws Exception {
        long found = 0;
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (m.getSubject().contains(number + " ")) {
                found++;
            }
        }
        return found;
    }

    /** A law of the Ministry of Justice whose discussion has closed on both instances' clocks (closed by instance 1). */
    private String closedDraft(Accounts.SignedIn editor, String title) {
        String number = Drafts.create(
                balancer,
                editor,
                Drafts.lawWithThreeClauses(
                        title + " " + UUID.randomUUID().toString().substring(0, 8)));
        JsonObject published = Drafts.publish(one, editor, number, Duration.ZERO, 15);
        moveBothClocksPast(Instant.parse(published.getJsonObject("discussion").getString("closesAt"))
                .plusSeconds(60));
        assertEquals(200, one.postJson("/api/v1/test/jobs/discussions", "{}").status());
        return number;
    }

    /** A three-clause law published through instance 1 and open on both instances' clocks. */
    private String openDraft(String title) {
        Accounts.SignedIn editor = Accounts.newEditor(balancer, "ministry-of-justice");
        String number = Drafts.create(
                balancer,
                editor,
                Drafts.lawWithThreeClauses(
                        title + " " + UUID.randomUUID().toString().substring(0, 8)));
        JsonObject published = Drafts.publish(one, editor, number, Duration.ZERO, 15);
        moveBothClocksPast(Instant.parse(published.getJsonObject("discussion").getString("opensAt"))
                .plusSeconds(5));
        return number;
    }

    /** Both instances' clocks to the same offset, just past {@code moment}, never back. */
    private void moveBothClocksPast(Instant moment) {
        long offset =
                Math.max(Duration.between(Instant.now(), moment).toSeconds(), Math.max(offsetOf(one), offsetOf(two)));
        Drafts.moveClock(one, Duration.ofSeconds(offset));
        Drafts.moveClock(two, Duration.ofSeconds(offset));
    }

    private static long offsetOf(Http instance) {
        return instance.get("/api/v1/test/clock")
                .json()
                .getJsonNumber("offsetSeconds")
                .longValue();
    }

    private static void script(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).inheritIO().start();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "cluster.sh " + String.join(" ", args) + " finished");
        assertEquals(0, process.exitValue(), "cluster.sh " + String.join(" ", args));
    }

    private static URL url(String value) {
        try {
            return URI.create(value).toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(value, e);
        }
    }
}
