package uz.muhokama.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uz.muhokama.platform.error.InvalidInput;
import uz.muhokama.platform.error.TextRules;
import uz.muhokama.platform.error.TooLarge;

/** The platform's strict reading of texts, JSON bodies and forms, without a server. */
class StrictBodiesTest {

    @Test
    void textRulesAcceptEveryScriptEmojiAndBidiButNoControlOrBrokenCharacter() {
        for (String fine : List.of(
                "Oʻzbekiston",
                "Ўзбекистон",
                "👍🏽 🇺🇿 𝕏",
                "a\u202Eb\u200B",
                "bir\nikki\tuch\r\n",
                "<script>",
                "=1+1")) {
            assertEquals(Optional.empty(), TextRules.problem(fine), fine);
        }
        assertEquals(Optional.of(TextRules.CONTROL_CHARACTER), TextRules.problem("a\u0000b"));
        assertEquals(Optional.of(TextRules.CONTROL_CHARACTER), TextRules.problem("a\u0007b"));
        assertEquals(Optional.of(TextRules.CONTROL_CHARACTER), TextRules.problem("a\u0085b"));
        assertEquals(Optional.of(TextRules.BROKEN_CHARACTER), TextRules.problem("a\ud800b"));
        assertEquals(Optional.of(TextRules.BROKEN_CHARACTER), TextRules.problem("a\udc00"));
        assertEquals(Optional.of(TextRules.BROKEN_CHARACTER), TextRules.problem("\ud83d"));
    }

    @Test
    void depthIsCountedOutsideStrings() {
        assertEquals(0, StrictJsonBodies.depth("1"));
        assertEquals(2, StrictJsonBodies.depth("{\"a\": [1, 2], \"b\": {}}"));
        assertEquals(1, StrictJsonBodies.depth("{\"a\": \"[[[[{{{\\\"[[\"}"));
        assertEquals(10_000, StrictJsonBodies.depth("[".repeat(10_000) + "]".repeat(10_000)));
    }

    @Test
    void aBodyIsReadOnlyUpToItsLimit() throws Exception {
        byte[] fits = new byte[1000];
        assertEquals(1000, StrictJsonBodies.bounded(new ByteArrayInputStream(fits), null, 1000).length);
        assertEquals(1000, StrictJsonBodies.bounded(new ByteArrayInputStream(fits), "1000", 1000).length);
        assertThrows(
                TooLarge.class,
                () -> StrictJsonBodies.bounded(new ByteArrayInputStream(new byte[1001]), null, 1000),
                "a chunked body larger than the limit");
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                throw new AssertionError("a declared length above the limit is refused without reading");
            }
        };
        assertThrows(TooLarge.class, () -> StrictJsonBodies.bounded(endless, "5000000000", 1000));
    }

    @Test
    void utf8IsDecodedStrictly() {
        assertEquals("oʻ", StrictJsonBodies.utf8("oʻ".getBytes(StandardCharsets.UTF_8)));
        assertThrows(InvalidInput.class, () -> StrictJsonBodies.utf8(new byte[] {'a', (byte) 0xC3, '('}));
        assertThrows(
                InvalidInput.class,
                () -> StrictJsonBodies.utf8(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}),
                "an encoded surrogate");
    }

    @Test
    void formsAreDecodedStrictly() {
        assertEquals("oʻ + b", StrictFormBodies.decode("o%CA%BB+%2B+b"));
        assertNull(StrictFormBodies.decode("Bu+%C3%28"), "not UTF-8");
        assertNull(StrictFormBodies.decode("%FF"));
        assertNull(StrictFormBodies.decode("%2"), "a broken escape");
        assertNull(StrictFormBodies.decode("%ZZ"));
        Map<String, List<String>> fields = new LinkedHashMap<>();
        assertTrue(StrictFormBodies.parse("a=1&a=2&b=&c", fields));
        assertEquals(Map.of("a", List.of("1", "2"), "b", List.of(""), "c", List.of("")), fields);
        assertFalse(StrictFormBodies.parse("text=%C3", new LinkedHashMap<>()));
    }
}
