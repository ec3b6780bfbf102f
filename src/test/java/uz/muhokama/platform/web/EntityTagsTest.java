package uz.muhokama.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EntityTagsTest {

    private static final String TAG = EntityTags.strong("[{\"code\":\"energy\"}]".getBytes(StandardCharsets.UTF_8));

    @Test
    void aStrongTagIsQuotedBase64urlOfTheBodysDigestAndFollowsEveryByte() {
        assertTrue(TAG.matches("\"[A-Za-z0-9_-]{22}\""), TAG);
        assertEquals(TAG, EntityTags.strong("[{\"code\":\"energy\"}]".getBytes(StandardCharsets.UTF_8)));
        assertNotEquals(TAG, EntityTags.strong("[{\"code\":\"energy\"} ]".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aWeakTagIsMarkedWeakAndNamesItsPartsInOrder() {
        String weak = EntityTags.weak("ID-100001", 1_700_000_000_000L, "en", "csv");
        assertTrue(weak.matches("W/\"[A-Za-z0-9_-]{22}\""), weak);
        assertEquals(weak, EntityTags.weak("ID-100001", 1_700_000_000_000L, "en", "csv"));
        assertNotEquals(weak, EntityTags.weak("ID-100001", 1_700_000_000_000L, "ru", "csv"));
        assertNotEquals(EntityTags.weak("a", "bc"), EntityTags.weak("ab", "c"));
    }

    @Test
    void theSameTagMatches() {
        assertTrue(EntityTags.matches(TAG, TAG));
        assertTrue(EntityTags.matches("  " + TAG + "  ", TAG));
    }

    @Test
    void weakComparisonIgnoresTheWeakMarkOnEitherSide() {
        // RFC 9110 §13.1.2: If-None-Match uses the weak comparison, so W/"x" and "x" are the same tag.
        assertTrue(EntityTags.matches("W/" + TAG, TAG));
        assertTrue(EntityTags.matches(TAG, "W/" + TAG));
        assertTrue(EntityTags.matches("W/\"x\"", "W/\"x\""));
    }

    @Test
    void aListMatchesWhenAnyOfItsTagsDoes() {
        assertTrue(EntityTags.matches("\"old\", " + TAG, TAG));
        assertTrue(EntityTags.matches("\"old\",W/" + TAG + ",\"older\"", TAG));
        assertTrue(EntityTags.matches("\"a\" ,\t" + TAG, TAG));
        assertFalse(EntityTags.matches("\"old\", \"older\"", TAG));
    }

    @Test
    void aStarMatchesAnyCurrentRepresentation() {
        assertTrue(EntityTags.matches("*", TAG));
        assertTrue(EntityTags.matches(" * ", TAG));
        assertFalse(EntityTags.matches("*", null), "nothing current to match");
    }

    @Test
    void aCommaInsideATagIsPartOfIt() {
        assertTrue(EntityTags.matches("\"a,b\", \"c\"", "\"a,b\""));
        assertFalse(EntityTags.matches("\"a,b\"", "\"a\""));
    }

    @Test
    void theComparisonIsExactOnTheOpaquePart() {
        assertFalse(EntityTags.matches(TAG.toLowerCase(), TAG.toUpperCase()));
        assertFalse(EntityTags.matches("\"x\"", "\"xy\""));
    }

    @Test
    void anAbsentOrMalformedFieldMatchesNothingSoTheWholeAnswerIsSent() {
        assertFalse(EntityTags.matches(null, TAG));
        assertFalse(EntityTags.matches("", TAG));
        assertFalse(EntityTags.matches(TAG.substring(1, TAG.length() - 1), TAG), "unquoted");
        assertFalse(EntityTags.matches("w/" + TAG, TAG), "the weak mark is case-sensitive");
        assertFalse(EntityTags.matches("\"unterminated", TAG));
        assertFalse(EntityTags.matches("\"a b\"", "\"a b\""), "a space is no etagc");
        assertFalse(EntityTags.matches("\"old\" junk " + TAG, TAG));
    }
}
