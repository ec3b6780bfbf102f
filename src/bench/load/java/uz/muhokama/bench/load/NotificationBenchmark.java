package uz.muhokama.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The notifications benchmark (issue 40; src/bench/run.sh notifications): people following a sector,
 * a draft published in it through the API, and the time from the publication's answer until every
 * notification row is written and every e-mail produced (the production jobs running on their own, their
 * intervals set low for the run), with the server's heap sampled throughout; then the same people's daily
 * digest, the clock moved to their digest hour; each e-mail checked once by Message-ID; and the ceilings
 * in the same run (the same rows by one bare INSERT … SELECT, as many e-mails by a bare Jakarta Mail loop).
 *
 * <p>Arguments: the portal's base URL (through nginx on the cluster), the ceiling app's base URL (one
 * instance), followers, warm-up followers, results file. System properties: {@code bench.mail}
 * ({@code files:DIR}, the delivery folder's {@code mail/}, or {@code smtp:PORT}, a sink of this
 * benchmark's own), {@code bench.heap} (the instances' base URLs, comma-separated, whose heap is sampled),
 * {@code bench.runs} ({@code instant,digest}), {@code bench.token} (an editor's API token),
 * {@code bench.timeout.seconds} (600 per wait).
 */
public final class NotificationBenchmark {

    static final ZoneId TASHKENT = ZoneId.of("Asia/Tashkent");
    /** The Message-IDs of instant e-mails begin so ({@code n-<notification id>}); digests with {@code digest-}. */
    static final String INSTANT = "n-";

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private static final Pattern STRING_FIELD = Pattern.compile("\"%s\"\\s*:\\s*\"([^\"]*)\"");
    private static final Pattern NUMBER_FIELD = Pattern.compile("\"%s\"\\s*:\\s*(-?\\d+)");

    private final String base;
    private final String ceiling;
    private final List<String> heaps;
    private final String token;
    private final MailSink mail;
    private final Duration timeout;
    private final List<String> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    private NotificationBenchmark(
            String base, String ceiling, List<String> heaps, String token, MailSink mail, Duration timeout) {
        this.base = base;
        this.ceiling = ceiling;
        this.heaps = heaps;
        this.token = token;
        this.mail = mail;
        this.timeout = timeout;
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String ceiling = args[1];
        int followers = Integer.parseInt(args[2]);
        int warmup = Integer.parseInt(args[3]);
        Path results = Path.of(args[4]);
        String mailSpec = System.getProperty("bench.mail", "files:target/bench/reports/mail");
        List<String> heaps = Arrays.stream(
                        System.getProperty("bench.heap", ceiling).split(","))
                .filter(s -> !s.isBlank())
                .toList();
        List<String> runs =
                List.of(System.getProperty("bench.runs", "instant,digest").split(","));
        MailSink sink = mailSpec.startsWith("smtp:")
                ? new MailSink.Smtp(Integer.parseInt(mailSpec.substring(5)))
                : new MailSink.EmlFolder(Path.of(mailSpec.substring(mailSpec.indexOf(':') + 1)));
        try (sink) {
            NotificationBenchmark bench = new NotificationBenchmark(
                    base,
                    ceiling,
                    heaps,
                    System.getProperty("bench.token", "bench-notif-editor-token"),
                    sink,
                    Duration.ofSeconds(Long.getLong("bench.timeout.seconds", 600)));
            bench.run(followers, warmup, runs, mailSpec);
            bench.write(results, followers);
        }
    }

    private void run(int followers, int warmup, List<String> runs, String mailSpec) throws Exception {
        int expected = 0;
        if (warmup > 0) {
            System.out.println("== warm-up: a draft in health for " + warmup + " followers");
            long draft = publish("health", "Isitish moslamalari");
            Wait w = await(draft, warmup, true, false);
            expected += warmup;
            notes.add(String.format(
                    Locale.ROOT,
                    "Warm-up (not measured): a draft in another sector for %,d followers: rows %s, e-mails %s.",
                    warmup,
                    w.rowsText(),
                    w.mailText()));
        }
        if (runs.contains("instant")) {
            System.out.println("== instant: a draft in energy for " + followers + " followers choosing INSTANT");
            String before = heapReset();
            long draft = publish("energy", "Elektr energiyasi tariflari");
            Wait w = await(draft, followers, true, true);
            expected += followers;
            String after = heapAfter();
            rows.add(String.format(
                    Locale.ROOT,
                    "| instant: every notification row written (%,d rows), from the publication's answer | %s | (part of the ≤ 60 s) | %s |",
                    followers,
                    w.rowsText(),
                    "@rows"));
            rows.add(String.format(
                    Locale.ROOT,
                    "| instant: every e-mail produced (%,d, %s) | %s | ≤ 60 s %s | %s |",
                    followers,
                    mail.describe().startsWith(".eml") ? ".eml files" : "SMTP",
                    w.mailText(),
                    w.mailSeconds() >= 0 && w.mailSeconds() <= 60 ? "✓" : "✗",
                    "@mail"));
            rows.add(
                    "| instant: server heap in use, MB: before (after a full collection) / highest sampled every second / "
                            + "peak after any collection during / after (full collection) | "
                            + heapText(before, w, after)
                            + " | flat |  |");
            notes.add("Instant run, the draft's rows by mail state and the deliveries at the end: "
                    + get(ceiling + "/ceiling/notifications/progress?draft=" + draft + "&full=true"));
        }
        if (runs.contains("digest")) {
            System.out.println(
                    "== digest: the same people back to the default (DAILY), a second draft, the clock at 08:00");
            System.out.println(post(ceiling + "/ceiling/notifications/frequency?prefix=notif&frequency=DEFAULT", ""));
            long draft = publish("energy", "Quyosh elektr stansiyalari");
            Wait fanOut = await(draft, followers, false, false);
            // The instant job has its turn at the new rows: people who chose a digest get no e-mail now.
            Thread.sleep(10_000);
            Map<String, String> states =
                    fields(get(ceiling + "/ceiling/notifications/progress?draft=" + draft + "&full=true"));
            long instantToDaily = Long.parseLong(states.getOrDefault("mail.sent", "0"));
            rows.add(String.format(
                    Locale.ROOT,
                    "| daily people: every notification row of a second draft written (%,d rows); of them sent at once | %s; %,d sent (%s waiting) | (0 sent) %s |  |",
                    followers,
                    fanOut.rowsText(),
                    instantToDaily,
                    states.getOrDefault("mail.waiting", "0"),
                    instantToDaily == 0 ? "✓" : "✗"));
            String before = heapReset();
            Instant slot = moveClockToDigestHour(8);
            Wait w = awaitMail("digest-", followers);
            expected += followers;
            String after = heapAfter();
            rows.add(String.format(
                    Locale.ROOT,
                    "| daily digest: every digest e-mail produced (%,d people, one waiting item each), from the clock moved to %s | %s | ≤ 120 s %s |  |",
                    followers,
                    slot.atZone(TASHKENT).toLocalTime() + " Tashkent",
                    w.mailText(),
                    w.mailSeconds() >= 0 && w.mailSeconds() <= 120 ? "✓" : "✗"));
            rows.add("| digest: server heap in use, MB (as above) | " + heapText(before, w, after) + " | flat |  |");
            notes.add("Digest run, the second draft's rows by mail state and the deliveries at the end: "
                    + get(ceiling + "/ceiling/notifications/progress?draft=" + draft + "&full=true"));
            put(base + "/api/v1/test/clock", "{\"offsetSeconds\": 0}");
        }
        // Each e-mail once, by Message-ID, over everything the sink received.
        List<String> ids = mail.messageIds();
        Map<String, Integer> repeated = MailSink.repeated(ids);
        long distinct = ids.stream().distinct().count();
        rows.add(String.format(
                Locale.ROOT,
                "| every e-mail once: messages received (instant / digests) / distinct Message-IDs / repeated | %,d (%,d / %,d) / %,d / %,d | none repeated %s; %,d expected by the end of the waits |  |",
                ids.size(),
                ids.stream().filter(i -> i.startsWith(INSTANT)).count(),
                ids.stream().filter(i -> i.startsWith("digest-")).count(),
                distinct,
                repeated.size(),
                repeated.isEmpty() ? "✓" : "✗",
                expected));
        if (!repeated.isEmpty()) {
            notes.add("Repeated Message-IDs (first few): "
                    + repeated.entrySet().stream().limit(5).toList());
        }
        // The ceilings, after everything measured (they would otherwise compete with it).
        System.out.println("== ceilings: the bare INSERT … SELECT and the bare e-mail loop");
        Map<String, String> bareRows = fields(post(ceiling + "/ceiling/notifications/ceiling/rows?sector=energy", ""));
        String mailCeiling = mailSpec.startsWith("smtp:")
                ? "smtpHost=127.0.0.1&smtpPort=" + mailSpec.substring(5)
                : "folder="
                        + Path.of(mailSpec.substring(6))
                                .toAbsolutePath()
                                .getParent()
                                .resolve("ceiling-mail");
        // At most 3,000 messages: the loop's rate is what matters, and the machine is shared.
        int bareCount = Math.min(followers, Integer.getInteger("bench.ceiling.mail", 3_000));
        Map<String, String> bareMail = fields(
                post(ceiling + "/ceiling/notifications/ceiling/mail?count=" + bareCount + "&" + mailCeiling, ""));
        double rowsSeconds = Long.parseLong(bareRows.get("ms")) / 1000.0;
        double mailSeconds = Long.parseLong(bareMail.get("ms")) / 1000.0;
        String rowsCeiling = String.format(
                Locale.ROOT,
                "the same %,d rows by one bare INSERT … SELECT into a table shaped like notification: %.1f s",
                Long.parseLong(bareRows.get("rows")),
                rowsSeconds);
        String mailCeilingText = String.format(
                Locale.ROOT,
                "%,d messages by a bare Jakarta Mail loop in the server (one thread, %s): %.1f s, %,.0f/s%s",
                bareCount,
                mailSpec.startsWith("smtp:") ? "sent to the same sink" : ".eml files",
                mailSeconds,
                bareCount / mailSeconds,
                bareCount == followers
                        ? ""
                        : String.format(
                                Locale.ROOT,
                                " (%,d at that rate: %.0f s)",
                                followers,
                                followers * mailSeconds / bareCount));
        rows.replaceAll(r -> r.replace("@rows", rowsCeiling).replace("@mail", mailCeilingText));
    }

    /** A draft in the sector created and published by the editor; returns its id (the clock starts at the answer). */
    private long publish(String sector, String title) throws Exception {
        String created = send("POST", base + "/api/v1/drafts", """
                        {"titleUz": "%s toʻgʻrisida", "titleRu": "О проекте «%s»", "titleEn": "Draft %s",
                         "summaryUz": "Qisqacha mazmun", "actType": "law", "sector": "%s", "needsRia": false,
                         "clauses": [{"number": "1", "heading": "Umumiy qoidalar", "text": "Ushbu qonunning maqsadi."},
                                     {"number": "2", "text": "Asosiy tushunchalar."}]}""".formatted(title, title, title, sector), 201)
                .body();
        String number = jsonString(created, "number");
        Instant opens =
                serverNow().plusSeconds(30).truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1));
        send(
                "POST",
                base + "/api/v1/drafts/" + number + "/publish",
                "{\"opensAt\": \"%s\", \"closesAt\": \"%s\"}".formatted(opens, opens.plus(Duration.ofDays(15))),
                200);
        return Long.parseLong(number.substring(number.indexOf('-') + 1));
    }

    /** What one wait saw: seconds to every row and to every e-mail (-1: not reached), the heap's samples. */
    record Wait(double rowsSeconds, long rowsSeen, double mailSeconds, long mailSeen, long heapMax, long heapPeak) {
        String rowsText() {
            return rowsSeconds >= 0
                    ? String.format(Locale.ROOT, "%.1f s", rowsSeconds)
                    : String.format(Locale.ROOT, "not reached: %,d rows at the time-out", rowsSeen);
        }

        String mailText() {
            return mailSeconds >= 0
                    ? String.format(Locale.ROOT, "%.1f s (%,.0f e-mails/s)", mailSeconds, mailSeen / mailSeconds)
                    : String.format(Locale.ROOT, "not reached: %,d e-mails at the time-out", mailSeen);
        }
    }

    /**
     * From now (just after the publication's answer) until the draft's event has {@code rows} notification rows
     * and, unless {@code totalMail} is negative, the sink holds {@code totalMail} messages. The rows are
     * counted every quarter second; an e-mail's time is its arrival (an .eml file's modification time).
     */
    private Wait await(long draft, int rowsWanted, boolean mailToo, boolean sampleHeap) throws Exception {
        long startedWall = System.currentTimeMillis();
        long started = System.nanoTime();
        int mailBefore = mail.count(INSTANT);
        double rowsSeconds = -1;
        long rowsSeen = 0;
        double mailSeconds = mailToo ? -1 : 0;
        long mailSeen = 0;
        long heapMax = 0;
        long heapPeak = 0;
        long nextHeap = 0;
        long nextLog = 0;
        while (System.nanoTime() - started < timeout.toNanos() && (rowsSeconds < 0 || mailSeconds < 0)) {
            long now = System.nanoTime();
            if (rowsSeconds < 0) {
                // On Derby the count waits for the fan-out's insert (its table lock) and may give up after
                // derby.locks.waitTimeout (10 s): the rows are not there yet.
                Map<String, String> progress = fields(get(ceiling + "/ceiling/notifications/progress?draft=" + draft));
                rowsSeen = Long.parseLong(progress.getOrDefault("notifications", String.valueOf(rowsSeen)));
                if (rowsSeen >= rowsWanted) {
                    rowsSeconds = (System.nanoTime() - started) / 1e9;
                }
            }
            if (mailSeconds < 0) {
                mailSeen = mail.count(INSTANT) - mailBefore;
                if (mailSeen >= rowsWanted) {
                    mailSeconds = Math.max(0, mail.lastArrivalMillis(INSTANT) - startedWall) / 1000.0;
                }
            }
            if (sampleHeap && now >= nextHeap) {
                for (String heap : heaps) {
                    Map<String, String> h = fields(get(heap + "/ceiling/notifications/heap"));
                    heapMax = Math.max(heapMax, Long.parseLong(h.get("used")));
                    heapPeak = Math.max(heapPeak, Long.parseLong(h.get("peakAfterGc")));
                }
                nextHeap = now + 1_000_000_000L;
            }
            if (now >= nextLog) {
                System.out.printf(
                        Locale.ROOT,
                        "  %5.1f s: %,d rows, %,d e-mails%s%n",
                        (now - started) / 1e9,
                        rowsSeen,
                        mailSeen,
                        sampleHeap ? ", heap in use up to " + heapMax + " MB" : "");
                nextLog = now + 5_000_000_000L;
            }
            Thread.sleep(250);
        }
        return new Wait(rowsSeconds, rowsSeen, mailToo ? mailSeconds : -1, mailSeen, heapMax, heapPeak);
    }

    /** Until the sink holds {@code wanted} more messages of the prefix (the digests), heap sampled. */
    private Wait awaitMail(String prefix, int wanted) throws Exception {
        long startedWall = System.currentTimeMillis();
        long started = System.nanoTime();
        int before = mail.count(prefix);
        long heapMax = 0;
        long heapPeak = 0;
        long nextLog = 0;
        long seen = 0;
        double seconds = -1;
        while (System.nanoTime() - started < timeout.toNanos()) {
            long now = System.nanoTime();
            seen = mail.count(prefix) - before;
            for (String heap : heaps) {
                Map<String, String> h = fields(get(heap + "/ceiling/notifications/heap"));
                heapMax = Math.max(heapMax, Long.parseLong(h.get("used")));
                heapPeak = Math.max(heapPeak, Long.parseLong(h.get("peakAfterGc")));
            }
            if (seen >= wanted) {
                seconds = Math.max(0, mail.lastArrivalMillis(prefix) - startedWall) / 1000.0;
                break;
            }
            if (now >= nextLog) {
                System.out.printf(
                        Locale.ROOT,
                        "  %5.1f s: %,d digests, heap in use up to %d MB%n",
                        (now - started) / 1e9,
                        seen,
                        heapMax);
                nextLog = now + 5_000_000_000L;
            }
            Thread.sleep(500);
        }
        return new Wait(-1, 0, seconds, seen, heapMax, heapPeak);
    }

    /** Moves every instance's clock to the next {@code hour}:00:05 in Tashkent at least a minute away; the slot. */
    private Instant moveClockToDigestHour(int hour) throws Exception {
        String state = get(base + "/api/v1/test/clock");
        Instant serverNow = Instant.parse(jsonString(state, "now"));
        long offset = jsonLong(state, "offsetSeconds");
        Instant realNow = serverNow.minusSeconds(offset);
        Instant slot = nextDigestSlot(serverNow, hour);
        long newOffset = Duration.between(realNow, slot.plusSeconds(5)).toSeconds();
        System.out.println("   clock moved " + newOffset + " s ahead, to " + slot.plusSeconds(5));
        put(base + "/api/v1/test/clock", "{\"offsetSeconds\": " + newOffset + "}");
        return slot;
    }

    /** The next {@code hour}:00 in Tashkent at least a minute after {@code now}. */
    static Instant nextDigestSlot(Instant now, int hour) {
        ZonedDateTime local = now.plusSeconds(60).atZone(TASHKENT);
        LocalDate day = local.toLocalDate();
        ZonedDateTime slot = day.atTime(hour, 0).atZone(TASHKENT);
        if (!slot.isAfter(local)) {
            slot = day.plusDays(1).atTime(hour, 0).atZone(TASHKENT);
        }
        return slot.toInstant();
    }

    private Instant serverNow() throws Exception {
        HttpResponse<String> clock = send("GET", base + "/api/v1/test/clock", null, -1);
        return clock.statusCode() == 200 ? Instant.parse(jsonString(clock.body(), "now")) : Instant.now();
    }

    private String heapReset() throws Exception {
        StringBuilder before = new StringBuilder();
        for (String heap : heaps) {
            before.append(before.length() == 0 ? "" : " + ")
                    .append(post(heap + "/ceiling/report/heap/reset", "").trim());
        }
        return before.toString();
    }

    /** "peak after" per instance: the report endpoint's peak after a collection and in use after a full one. */
    private String heapAfter() throws Exception {
        StringBuilder after = new StringBuilder();
        for (String heap : heaps) {
            after.append(after.length() == 0 ? "" : " + ")
                    .append(get(heap + "/ceiling/report/heap").trim());
        }
        return after.toString();
    }

    private String heapText(String before, Wait w, String after) {
        // after: "peak used" per instance; the peak there is the same as sampled, plus the last collection's.
        List<String> peaks = new ArrayList<>();
        List<String> afters = new ArrayList<>();
        for (String one : after.split(" \\+ ")) {
            String[] parts = one.trim().split(" ");
            peaks.add(parts[0]);
            afters.add(parts.length > 1 ? parts[1] : "?");
        }
        return before + " / " + w.heapMax() + " / " + String.join(" + ", peaks) + " / " + String.join(" + ", afters)
                + (heaps.size() > 1 ? " (instances summed where +)" : "");
    }

    private void write(Path results, int followers) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add(String.format(Locale.ROOT, "## Notifications benchmark: %,d followers of one sector", followers));
        lines.add("");
        lines.add("| measurement | figure | target | ceiling in the same run |");
        lines.add("|---|---|---|---|");
        lines.addAll(rows);
        lines.add("");
        lines.add("E-mail: " + mail.describe() + ".");
        lines.addAll(notes);
        lines.add("");
        String text = String.join("\n", lines);
        Files.writeString(
                results, text + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        System.out.println(text);
    }

    /** A {@code key=value key=value} line as the ceiling app writes it. */
    static Map<String, String> fields(String line) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : line.trim().split("\\s+")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                fields.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return fields;
    }

    /** A string member of a flat JSON object, as the portal writes it (no escapes in the values read here). */
    static String jsonString(String json, String name) {
        Matcher m = Pattern.compile(STRING_FIELD.pattern().formatted(Pattern.quote(name)))
                .matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no \"" + name + "\" in " + json);
        }
        return m.group(1);
    }

    static long jsonLong(String json, String name) {
        Matcher m = Pattern.compile(NUMBER_FIELD.pattern().formatted(Pattern.quote(name)))
                .matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no \"" + name + "\" in " + json);
        }
        return Long.parseLong(m.group(1));
    }

    private String get(String url) throws Exception {
        return send("GET", url, null, 200).body();
    }

    private String post(String url, String body) throws Exception {
        return send("POST", url, body, 200).body();
    }

    private void put(String url, String body) throws Exception {
        send("PUT", url, body, 200);
    }

    /** One request (JSON bodies, the editor's token on the portal's API); {@code expect} -1 takes any status. */
    private HttpResponse<String> send(String method, String url, String body, int expect) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(30));
        if (url.contains("/api/v1/") && !url.contains("/api/v1/test/")) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", url.contains("/ceiling/") ? "text/plain" : "application/json");
        }
        HttpResponse<String> response = HTTP.send(
                request.method(
                                method,
                                body == null
                                        ? HttpRequest.BodyPublishers.noBody()
                                        : HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (expect >= 0 && response.statusCode() != expect) {
            throw new IllegalStateException(method + " " + url + " → " + response.statusCode() + " " + response.body());
        }
        return response;
    }
}
