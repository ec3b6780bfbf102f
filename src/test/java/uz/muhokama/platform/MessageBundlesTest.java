package uz.muhokama.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uz.muhokama.platform.security.Role;

/**
 * Every key the code or a page uses exists (that each exists in all four languages, with the same arguments,
 * and no Latin left in the Cyrillic bundle: i18n.BundleCompletenessTest).
 */
class MessageBundlesTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-z0-9.-]+)[}(]");
    private static final Pattern TEMPLATE_DYNAMIC = Pattern.compile("#messages\\.msg\\('([a-z0-9.-]+)' \\+");
    private static final Pattern JAVA_KEY = Pattern.compile(
            "\"((?:problem|account|validation|form|register|sign-in|me|role|language|draft|discussion|status|drafts|sector|attachment|changes|agency|nav|comment|vote|flag|moderation|participation|survey|expert|admin|report|ria)\\.[a-z0-9.-]*[a-z0-9])\"");
    private static final Pattern ANNOTATION_KEY = Pattern.compile("message = \"\\{([a-z0-9.-]+)}\"");

    static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in =
                        MessageBundlesTest.class.getResourceAsStream("/i18n/messages_" + language + ".properties");
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void everyKeyATemplateUsesExists() throws IOException {
        Properties uz = bundle("uz");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String html = Files.readString(file);
                Matcher m = TEMPLATE_KEY.matcher(html);
                while (m.find()) {
                    if (!uz.containsKey(m.group(1))) {
                        missing.add(file.getFileName() + ": " + m.group(1));
                    }
                }
                Matcher dynamic = TEMPLATE_DYNAMIC.matcher(html);
                while (dynamic.find()) {
                    String prefix = dynamic.group(1);
                    assertTrue(uz.stringPropertyNames().stream().anyMatch(k -> k.startsWith(prefix)), prefix);
                }
            }
        }
        assertEquals(Set.of(), missing);
    }

    @Test
    void everyMessageKeyTheJavaCodeNamesExists() throws IOException {
        Properties uz = bundle("uz");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String java = Files.readString(file);
                for (Pattern pattern : new Pattern[] {JAVA_KEY, ANNOTATION_KEY}) {
                    Matcher m = pattern.matcher(java);
                    while (m.find()) {
                        String key = m.group(1);
                        if (!uz.containsKey(key) && !key.endsWith(".")) {
                            missing.add(file.getFileName() + ": " + key);
                        }
                    }
                }
            }
        }
        assertEquals(Set.of(), missing);
    }

    @Test
    void everyRoleAndStatusTheCodeCanShowHasAName() throws IOException {
        Properties en = bundle("en");
        for (Role role : Role.values()) {
            assertTrue(en.containsKey("role." + role.name()), role.name());
        }
        for (int status : new int[] {400, 401, 403, 404, 405, 406, 409, 413, 415, 429, 500}) {
            assertTrue(en.containsKey("problem.status." + status), "status " + status);
        }
    }
}
