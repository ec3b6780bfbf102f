package uz.muhokama.platform.i18n;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes {@code messages_uz_Cyrl.properties} from {@code messages_uz.properties}: every key of the Latin bundle,
 * in its order and under its comments; a key the Cyrillic file already has keeps its value (so corrections made
 * by hand survive), a missing one gets the Latin value transliterated ({@link MessageScript}). Keys the Latin
 * bundle no longer has are dropped. {@code --retransliterate} writes every value afresh (corrections are lost:
 * for after the transliterator itself improved). Run from the project directory (docs/languages.md):
 *
 * <pre>mvn -o -q test -Dtest=CyrillicBundleGeneratorTest -Dcyrillic.bundle=generate   (or =retransliterate)</pre>
 *
 * <p>(a test rather than {@code exec:java}, whose plugin the offline build cannot resolve).
 */
public final class CyrillicBundleGenerator {

    static final Path DIRECTORY = Path.of("src/main/resources/i18n");
    static final String LATIN = "messages_uz.properties";
    static final String CYRILLIC = "messages_uz_Cyrl.properties";
    private static final Pattern ENTRY = Pattern.compile("^\\s*([^=:\\s#!][^=:\\s]*)\\s*[=:]\\s?(.*)$");
    private static final String HEADER = """
            # Uzbek in Cyrillic (uz-Cyrl). Made from messages_uz.properties by CyrillicBundleGenerator (test sources),
            # which adds the keys missing here, transliterated, and keeps every value already here: correct a value
            # in this file by hand and it stays. See docs/languages.md, "The Cyrillic interface".
            """;

    private CyrillicBundleGenerator() {}

    public static void main(String... args) throws IOException {
        boolean afresh = List.of(args).contains("--retransliterate");
        Result result = generate(DIRECTORY, afresh);
        System.out.printf(
                "%s: %d keys kept, %d transliterated, %d dropped%n",
                DIRECTORY.resolve(CYRILLIC), result.kept(), result.added(), result.dropped());
    }

    record Result(int kept, int added, int dropped) {}

    static Result generate(Path directory, boolean afresh) throws IOException {
        Path cyrillicFile = directory.resolve(CYRILLIC);
        Map<String, String> existing = Files.exists(cyrillicFile) && !afresh
                ? entries(Files.readAllLines(cyrillicFile, StandardCharsets.UTF_8))
                : Map.of();
        StringBuilder out = new StringBuilder(HEADER);
        int kept = 0;
        int added = 0;
        for (String line : logicalLines(Files.readAllLines(directory.resolve(LATIN), StandardCharsets.UTF_8))) {
            Matcher entry = ENTRY.matcher(line);
            if (isComment(line) || !entry.matches()) {
                out.append(line).append('\n');
                continue;
            }
            String key = entry.group(1);
            String value = existing.get(key);
            if (value == null) {
                value = MessageScript.toCyrillic(entry.group(2));
                added++;
            } else {
                kept++;
            }
            out.append(key).append('=').append(value).append('\n');
        }
        Files.writeString(cyrillicFile, out, StandardCharsets.UTF_8);
        return new Result(kept, added, existing.size() - kept);
    }

    /** Key to raw (still escaped) value, in file order. */
    static Map<String, String> entries(List<String> lines) {
        Map<String, String> entries = new LinkedHashMap<>();
        for (String line : logicalLines(lines)) {
            Matcher entry = ENTRY.matcher(line);
            if (!isComment(line) && entry.matches()) {
                entries.put(entry.group(1), entry.group(2));
            }
        }
        return entries;
    }

    private static boolean isComment(String line) {
        String trimmed = line.stripLeading();
        return trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!");
    }

    /** Lines ending in an odd number of backslashes continue on the next: joined, as Properties reads them. */
    private static List<String> logicalLines(List<String> lines) {
        List<String> logical = new ArrayList<>();
        StringBuilder pending = null;
        for (String line : lines) {
            String piece = pending == null ? line : line.stripLeading();
            if (!isComment(line) || pending != null) {
                int backslashes = 0;
                for (int i = piece.length() - 1; i >= 0 && piece.charAt(i) == '\\'; i--) {
                    backslashes++;
                }
                if (backslashes % 2 == 1) {
                    pending = (pending == null ? new StringBuilder() : pending).append(piece, 0, piece.length() - 1);
                    continue;
                }
            }
            logical.add(pending == null ? piece : pending.append(piece).toString());
            pending = null;
        }
        if (pending != null) {
            logical.add(pending.toString());
        }
        return logical;
    }
}
