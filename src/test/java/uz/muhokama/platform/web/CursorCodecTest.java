package uz.muhokama.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import uz.muhokama.platform.error.InvalidInput;

class CursorCodecTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final CursorCodec CODEC = new CursorCodec(KEY);
    private static final String FILTERS = Cursors.filters(100001L, null, "newest");
    private static final Instant WRITTEN = Instant.parse("2026-03-01T10:15:30.123456789Z");

    private static String token() {
        return CODEC.encode(Cursor.after("comments", FILTERS, 40, WRITTEN, 104512L));
    }

    @Test
    void aCursorComesBackAsItWasMadeWithItsInstantToTheNanosecond() {
        String token = token();
        assertTrue(token.matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]{22}"), token);
        Cursor read = CODEC.decode(token, "comments", FILTERS);
        assertEquals(40, read.seen());
        assertEquals(WRITTEN, read.instant(0));
        assertEquals(104512L, read.number(1));
        assertEquals(
                Instant.parse("1969-12-31T23:59:59.5Z"),
                CODEC.decode(
                                CODEC.encode(
                                        Cursor.after("drafts", FILTERS, 0, Instant.parse("1969-12-31T23:59:59.5Z"))),
                                "drafts",
                                FILTERS)
                        .instant(0));
    }

    @Test
    void everyChangedCharacterIsRefused() {
        String token = token();
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            for (char other : new char[] {c == 'A' ? 'B' : 'A', (char) (c ^ 1), (char) (c ^ 2)}) {
                if (other != c) {
                    assertRefused(token.substring(0, i) + other + token.substring(i + 1), "cursor.invalid");
                }
            }
        }
    }

    @Test
    void aCursorSignedWithAnotherKeyIsRefused() {
        String other = new CursorCodec("another key, at least 16 bytes".getBytes(StandardCharsets.US_ASCII))
                .encode(Cursor.after("comments", FILTERS, 40, WRITTEN, 104512L));
        assertRefused(other, "cursor.invalid");
    }

    @Test
    void truncatedGarbageAndVeryLongCursorsAreRefused() {
        String token = token();
        for (String bad : List.of(
                token.substring(0, token.length() - 1),
                token.substring(0, token.indexOf('.')),
                token.substring(0, token.indexOf('.') + 1),
                "." + token.substring(token.indexOf('.') + 1),
                "x",
                ".",
                "..",
                token + "." + token,
                "not a cursor!",
                "%00",
                "\u0000",
                "ЖЖЖ.ЖЖЖ",
                "=====.====",
                " " + token,
                "A".repeat(CursorCodec.MAX_LENGTH + 1),
                token + "A".repeat(100_000))) {
            assertRefused(bad, "cursor.invalid");
        }
    }

    @Test
    void aGenuineCursorOfAnotherListSortOrFilterIsRefusedAsSuch() {
        String token = token();
        assertRefused(() -> CODEC.decode(token, "drafts", FILTERS), "cursor.other-list");
        assertRefused(
                () -> CODEC.decode(token, "comments", Cursors.filters(100001L, null, "oldest")), "cursor.other-list");
        assertRefused(
                () -> CODEC.decode(token, "comments", Cursors.filters(100002L, null, "newest")), "cursor.other-list");
    }

    @Test
    void signedButMalformedPayloadsAndKeysOutOfRangeAreRefused() {
        for (String payload : List.of(
                "2~comments~" + FILTERS + "~0~1",
                "1~Comments~" + FILTERS + "~0~1",
                "1~comments~" + FILTERS + "~-1~1",
                "1~comments~" + FILTERS,
                "1~comments~" + FILTERS + "~0~1.2.3",
                "1~comments~" + FILTERS + "~0~12345678901234567890",
                "")) {
            assertRefused(signed(payload), "cursor.invalid");
        }
        Cursor huge = CODEC.decode(signed("1~comments~" + FILTERS + "~0~999999999999999999.0"), "comments", FILTERS);
        assertRefused(() -> huge.instant(0), "cursor.invalid"); // beyond Instant.MAX
        Cursor one = CODEC.decode(signed("1~comments~" + FILTERS + "~0~5.5"), "comments", FILTERS);
        assertRefused(() -> one.number(0), "cursor.invalid");
        assertRefused(() -> one.number(1), "cursor.invalid");
    }

    @Test
    void filtersAreAShortHashOfEveryValueInOrder() {
        assertEquals(12, FILTERS.length());
        assertEquals(FILTERS, Cursors.filters(100001L, "", " newest "));
        assertNotEquals(Cursors.filters("a", "b"), Cursors.filters("ab", ""));
        assertNotEquals(Cursors.filters("a", "b"), Cursors.filters("b", "a"));
    }

    private static String signed(String payload) {
        // Signed like the codec does, as if with a leaked key: the checks after the tag still hold.
        byte[] bytes = payload.getBytes(StandardCharsets.US_ASCII);
        String genuine = CODEC.encode(new Cursor("x", "y", 0, List.of()));
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
            byte[] tag = Arrays.copyOf(mac.doFinal(bytes), 16);
            Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
            assertTrue(genuine.contains("."));
            return b64.encodeToString(bytes) + "." + b64.encodeToString(tag);
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    private static void assertRefused(String token, String key) {
        assertRefused(() -> CODEC.decode(token, "comments", FILTERS), key);
    }

    private static void assertRefused(Executable call, String key) {
        InvalidInput refused = assertThrows(InvalidInput.class, call);
        assertEquals("cursor", refused.fieldErrors().get(0).field());
        assertEquals(key, refused.fieldErrors().get(0).messageKey());
    }
}
