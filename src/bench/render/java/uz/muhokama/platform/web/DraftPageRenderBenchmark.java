package uz.muhokama.platform.web;

import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.thymeleaf.TemplateEngine;
import uz.muhokama.discussion.DiscussionStatus;
import uz.muhokama.discussion.DiscussionView;
import uz.muhokama.draft.DraftStatus;
import uz.muhokama.draft.DraftView;
import uz.muhokama.participation.CommentPage;
import uz.muhokama.participation.ParticipationModel;
import uz.muhokama.participation.VoteTally;
import uz.muhokama.platform.cache.Caches;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.i18n.Messages;
import uz.muhokama.platform.time.PortalTimeZone;
import uz.muhokama.reference.ReferenceItem;

/**
 * Renders the anonymous draft page (ten clauses, an open discussion, no comments: the benchmark's
 * page) with the portal's own engine, templates and bundles, on one thread, outside the server, as a
 * JMH benchmark: the mean time per render over ten one-second iterations after five of two seconds, in
 * one forked JVM. Under load the server's numbers move by a third from minute to minute; this one
 * moves by a few per cent, so it can tell a template change of 10 % apart. {@code template} is the
 * template rendered (default draft/draft; {@code -p template=a,b} measures each in turn;
 * {@code name:full} renders the layout's header every time instead of sharing it as the server does for
 * anonymous readers). Run by {@code bash src/bench/run.sh render [JMH options]}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 1)
@Fork(1)
public class DraftPageRenderBenchmark {

    /** The layout's view of the request, for an anonymous reader in Uzbek with the default display. */
    static final class AnonymousReader extends PageContext {
        private final String here;

        AnonymousReader(String here) {
            this.here = here;
        }

        @Override
        public Language language() {
            return Language.UZ;
        }

        @Override
        public DisplayPreferences display() {
            return new DisplayPreferences(null, null);
        }

        @Override
        public boolean signedIn() {
            return false;
        }

        @Override
        public boolean callerHas(String role) {
            return false;
        }

        @Override
        public String csrf() {
            return "token";
        }

        @Override
        public String here() {
            return here;
        }

        @Override
        public String path() {
            return here;
        }
    }

    @Param("draft/draft")
    public String template;

    private TemplateEngine engine;
    private SharedHeaders headers;
    private View view;
    private PageContext reader;

    @Setup
    public void prepare() throws ReflectiveOperationException {
        engine = ThymeleafViewWriter.createEngine(new Messages(), true);
        Map<String, Object> model = model();
        reader = (PageContext) model.get("page");
        // As the server renders for an anonymous reader: the header shared; "name:full" renders it every time.
        headers = template.endsWith(":full") ? null : new SharedHeaders(engine, new Caches(Clock.systemUTC()));
        View built = View.of(template.replace(":full", ""));
        for (Map.Entry<String, Object> entry : model.entrySet()) {
            built = built.with(entry.getKey(), entry.getValue());
        }
        view = built;
        System.out.printf("%n%s: %d bytes per render%n", template, render().length);
    }

    @Benchmark
    public byte[] render() {
        return ThymeleafViewWriter.render(engine, headers, view, reader);
    }

    private static Map<String, Object> model() throws ReflectiveOperationException {
        PortalTimeZone zone = new PortalTimeZone();
        Field zoneId = PortalTimeZone.class.getDeclaredField("zoneId");
        zoneId.setAccessible(true);
        zoneId.set(zone, "Asia/Tashkent");
        List<DraftView.ClauseView> clauses = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            clauses.add(new DraftView.ClauseView(
                    "k" + i,
                    String.valueOf(i),
                    null,
                    "Band matni " + i + ": tarif soliq toʻgʻrisida 23455. Ushbu band benchmark uchun yaratilgan."));
        }
        Instant now = Instant.parse("2026-12-01T10:00:00Z");
        DiscussionView discussion = new DiscussionView(
                DiscussionStatus.OPEN, now.minusSeconds(86_400), now.plusSeconds(14 * 86_400), 14 * 86_400, List.of());
        DraftView draft = new DraftView(
                "ID-123456",
                "tarif soliq toʻgʻrisida 23455",
                "Qisqacha mazmun 23455",
                "uz",
                false,
                "uz",
                false,
                DraftStatus.OPEN,
                Map.of(),
                Map.of(),
                new ReferenceItem("energy", "Energetika", Map.of()),
                new ReferenceItem("law", "Qonun", Map.of()),
                new ReferenceItem("ministry-of-energy", "Energetika vazirligi", Map.of()),
                false,
                1,
                List.of(new DraftView.VersionInfo(1, now, null)),
                clauses,
                List.of(),
                discussion,
                now,
                null,
                null);
        ParticipationModel participation = new ParticipationModel(
                "ID-123456",
                true,
                false,
                new VoteTally(0, 0, null),
                Map.of(),
                new CommentPage(List.of(), 0, 1, 20, "newest", null, null),
                5000,
                null,
                null,
                null,
                null);
        Map<String, Object> sections = new LinkedHashMap<>();
        sections.put("participation", participation);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("draft", draft);
        model.put("time", zone);
        model.put("sections", sections);
        model.put("page", new AnonymousReader("/drafts/ID-123456"));
        return model;
    }
}
