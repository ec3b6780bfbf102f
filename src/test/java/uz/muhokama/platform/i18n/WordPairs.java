package uz.muhokama.platform.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

/** The Latin–Cyrillic word pairs the tests read (the golden list, the search pairs), one reader for all. */
public final class WordPairs {

    private WordPairs() {}

    /** Pairs of a TSV file (Latin, Cyrillic first two columns, lines starting with # left out); none if absent. */
    public static List<String[]> read(String resource) throws IOException {
        try (InputStream in = WordPairs.class.getResourceAsStream(resource)) {
            if (in == null) {
                return List.of();
            }
            return Stream.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t"))
                    .filter(cols -> cols.length >= 2)
                    .map(cols -> new String[] {cols[0].strip(), cols[1].strip()})
                    .toList();
        }
    }
}
