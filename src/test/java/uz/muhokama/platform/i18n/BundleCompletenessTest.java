package uz.muhokama.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every message exists in all four languages, none is empty, each takes the same arguments everywhere, and the
 * Cyrillic bundle has no Latin Uzbek left in it (what it may keep in Latin letters is what MessageScript keeps).
 */
class BundleCompletenessTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");
    private static final Pattern LATIN_WORD = Pattern.compile("[\\p{IsLatin}ʻʼ‘’]*\\p{IsLatin}[\\p{IsLatin}ʻʼ‘’]*");

    private final Map<Language, Properties> bundles = new EnumMap<>(Language.class);

    BundleCompletenessTest() {
        for (Language language : Language.values()) {
            bundles.put(language, load(language));
        }
    }

    @Test
    void everyKeyIsInEveryLanguageAndNoneIsEmpty() {
        Set<String> all = new TreeSet<>();
        bundles.values().forEach(bundle -> all.addAll(bundle.stringPropertyNames()));
        List<String> problems = new ArrayList<>();
        for (Language language : Language.values()) {
            for (String key : all) {
                String value = bundles.get(language).getProperty(key);
                if (value == null) {
                    problems.add(language.tag() + " lacks " + key);
                } else if (value.isBlank()) {
                    problems.add(language.tag() + " has " + key + " empty");
                }
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(all.size() > 1000, "the bundles were read: " + all.size());
    }

    @Test
    void aMessageTakesTheSameArgumentsInEveryLanguage() {
        List<String> problems = new ArrayList<>();
        for (String key : bundles.get(Language.UZ).stringPropertyNames()) {
            Set<String> latin = arguments(bundles.get(Language.UZ).getProperty(key));
            for (Language language : Language.values()) {
                String value = bundles.get(language).getProperty(key);
                if (value != null && !arguments(value).equals(latin)) {
                    problems.add(language.tag() + " " + key + " takes " + arguments(value) + ", uz takes " + latin);
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theCyrillicBundleHasNoLatinUzbekLeft() {
        List<String> problems = new ArrayList<>();
        Properties cyrillic = bundles.get(Language.UZ_CYRL);
        for (String key : new TreeSet<>(cyrillic.stringPropertyNames())) {
            String words = MessageScript.KEPT.matcher(cyrillic.getProperty(key)).replaceAll(" ");
            Matcher latin = LATIN_WORD.matcher(words);
            while (latin.find()) {
                problems.add(key + ": " + latin.group());
            }
            if (words.matches(".*[ʻ‘’'].*")) {
                problems.add(key + ": a Latin apostrophe in " + cyrillic.getProperty(key));
            }
        }
        assertEquals(List.of(), problems, "transliterate these, or keep them in MessageScript if they are names");
    }

    private static Set<String> arguments(String pattern) {
        Set<String> arguments = new TreeSet<>();
        Matcher argument = ARGUMENT.matcher(pattern);
        while (argument.find()) {
            arguments.add(argument.group(1));
        }
        return arguments;
    }

    private static Properties load(Language language) {
        // The name ResourceBundle itself looks for: messages_uz_Cyrl for uz-Cyrl.
        String name = "/"
                + ResourceBundle.Control.getControl(ResourceBundle.Control.FORMAT_PROPERTIES)
                        .toBundleName(Messages.BUNDLE, language.locale())
                        .replace('.', '/')
                + ".properties";
        try (InputStream in = BundleCompletenessTest.class.getResourceAsStream(name)) {
            assertTrue(in != null, "no bundle " + name);
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
