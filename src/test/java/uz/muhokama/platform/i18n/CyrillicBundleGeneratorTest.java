package uz.muhokama.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/** The Cyrillic bundle is made from the Latin one without undoing what a person corrected. */
class CyrillicBundleGeneratorTest {

    /** Not a test: how the bundle in the repository is (re)generated, see CyrillicBundleGenerator. */
    @Test
    @EnabledIfSystemProperty(named = "cyrillic.bundle", matches = "generate|retransliterate")
    void generateTheBundleInTheRepository() throws IOException {
        CyrillicBundleGenerator.main(
                "retransliterate".equals(System.getProperty("cyrillic.bundle"))
                        ? new String[] {"--retransliterate"}
                        : new String[0]);
    }

    @Test
    void aCorrectedValueSurvivesAndANewKeyIsAddedInTheLatinOrder(@TempDir Path dir) throws IOException {
        write(dir, CyrillicBundleGenerator.LATIN, "# home", "home.title=Bosh sahifa", "home.new=Yangi soʻz", "b=Kitob");
        write(dir, CyrillicBundleGenerator.CYRILLIC, "b=Китоб (tuzatilgan)", "home.title=Бош саҳифа", "gone=Кетди");

        CyrillicBundleGenerator.Result result = CyrillicBundleGenerator.generate(dir, false);

        List<String> lines = Files.readAllLines(dir.resolve(CyrillicBundleGenerator.CYRILLIC));
        Map<String, String> entries = CyrillicBundleGenerator.entries(lines);
        assertEquals(List.of("home.title", "home.new", "b"), List.copyOf(entries.keySet()));
        assertEquals("Китоб (tuzatilgan)", entries.get("b"), "a hand correction is kept as it is");
        assertEquals(UzbekScript.toCyrillic("Yangi soʻz"), entries.get("home.new"));
        assertEquals(new CyrillicBundleGenerator.Result(2, 1, 1), result);
        assertEquals(true, lines.contains("# home"), "the Latin file's comments come along");
    }

    @Test
    void onlyTheWordsOfAMessageAreTransliterated() {
        assertEquals(
                "{0,choice,0#" + UzbekScript.toCyrillic("javob yoʻq") + "|1<{0} " + UzbekScript.toCyrillic("ta javob")
                        + "}",
                MessageScript.toCyrillic("{0,choice,0#javob yoʻq|1<{0} ta javob}"));
        String kept = MessageScript.toCyrillic(
                "JSON, PDF va UTF-8: ISO-8601 U+0000 2026-05-01T09:00:00Z\\n<b>&amp; https://lex.uz/docs/1 SUPPORT");
        assertEquals(true, kept.contains(" ва "), kept);
        for (String piece : List.of(
                "JSON",
                "PDF",
                "UTF-8",
                "ISO-8601",
                "U+0000",
                "2026-05-01T09:00:00Z",
                "\\n",
                "<b>",
                "&amp;",
                "https://lex.uz/docs/1",
                "SUPPORT")) {
            assertEquals(true, kept.contains(piece), piece + " in " + kept);
        }
    }

    private static void write(Path dir, String name, String... lines) throws IOException {
        Files.write(dir.resolve(name), List.of(lines), StandardCharsets.UTF_8);
    }
}
