package uz.muhokama.notification;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every event type says something in each of the four languages. */
class NotificationTextsTest {

    @Test
    void everyEventTypeHasATitleAndATextInEveryLanguage() throws IOException {
        for (String language : new String[] {"uz", "uz_Cyrl", "ru", "en"}) {
            Properties bundle = new Properties();
            try (Reader in = new InputStreamReader(
                    getClass().getResourceAsStream("/i18n/messages_" + language + ".properties"),
                    StandardCharsets.UTF_8)) {
                bundle.load(in);
            }
            for (EventType type : EventType.values()) {
                String key = "notification.event."
                        + type.name().toLowerCase(Locale.ROOT).replace('_', '-');
                assertTrue(bundle.containsKey(key + ".title"), key + ".title in " + language);
                assertTrue(bundle.containsKey(key + ".text"), key + ".text in " + language);
            }
            for (String part : new String[] {"author-title", "author-text", "line", "more"}) {
                String key = "notification.event.summary-published." + part;
                assertTrue(bundle.containsKey(key), key + " in " + language);
            }
        }
    }
}
