package uz.muhokama.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The test server starts clean: its messages.log, from the server's launch to the portal's start (schema
 * migrations, the OpenAPI document and its validation, CDI's discovery), holds no error. An error there is
 * either a fault or noise that hides the next fault; both are to be fixed, not read past. What remains at
 * warning level is listed in docs/testing.md ("A clean start"). Later lines belong to the stories, some
 * of which provoke failures on purpose.
 */
class CleanStartIT extends PortalIntegration {

    /** Liberty's line: [time] thread logger level message; the level is one letter (E error, W warning…). */
    private static final Pattern ERROR_LINE = Pattern.compile("^\\[[^\\]]+\\] \\p{XDigit}+ \\S+\\s+E ");

    /** The portal's start completes with this message: the application is running. */
    private static final String PORTAL_STARTED = "CWWKZ0001I: Application muhokama started";

    @Test
    void theServerLogsNoErrorFromItsLaunchToThePortalsStart() throws IOException {
        List<String> start = startOfLog();
        List<String> errors =
                start.stream().filter(line -> ERROR_LINE.matcher(line).find()).toList();
        assertTrue(
                errors.isEmpty(), () -> errors.size() + " errors logged at the start:\n" + String.join("\n", errors));
    }

    private static List<String> startOfLog() throws IOException {
        String server = System.getProperty("arq.container.liberty-managed.configuration.serverName", "muhokamaTest");
        Path log = Path.of("target/liberty/wlp/usr/servers", server, "logs/messages.log");
        List<String> start = new ArrayList<>();
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            start.add(line);
            if (line.contains(PORTAL_STARTED)) {
                return start;
            }
        }
        throw new AssertionError("The portal's start is not in " + log + " (" + start.size() + " lines)");
    }
}
