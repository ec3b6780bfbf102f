package uz.muhokama.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import uz.muhokama.platform.web.DisplayPreferences;

class DisplayPreferencesTest {

    @Test
    void missingOrTamperedCookiesMeanTheDefaults() {
        assertEquals("font-normal theme-standard", new DisplayPreferences(null, null).htmlClasses());
        assertEquals("font-normal theme-standard", new DisplayPreferences("huge\"><script>", "neon").htmlClasses());
    }

    @Test
    void chosenValuesBecomeClassesOnTheHtmlElement() {
        assertEquals("font-large theme-dark", new DisplayPreferences("large", "dark").htmlClasses());
    }

    @Test
    void fontStepsStopAtTheSmallestAndLargestSize() {
        assertEquals("small", new DisplayPreferences("small", null).fontStep(-1));
        assertEquals("xlarge", new DisplayPreferences("xlarge", null).fontStep(1));
        assertEquals("large", new DisplayPreferences("normal", null).fontStep(1));
    }
}
