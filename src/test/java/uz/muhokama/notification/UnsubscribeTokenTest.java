package uz.muhokama.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UnsubscribeTokenTest {

    private static final byte[] KEY = "a key of at least sixteen bytes".getBytes(StandardCharsets.US_ASCII);

    @Test
    void aSignedTokenNamesItsPersonAndWhatItStops() {
        String topic = UnsubscribeToken.of(42, Topic.REPLIES).sign(KEY);
        assertTrue(topic.startsWith("42.replies."), topic);
        assertEquals(Optional.of(UnsubscribeToken.of(42, Topic.REPLIES)), UnsubscribeToken.verify(topic, KEY));
        String all = UnsubscribeToken.all(7).sign(KEY);
        assertTrue(all.startsWith("7.all."), all);
        assertEquals(Optional.of(UnsubscribeToken.all(7)), UnsubscribeToken.verify(all, KEY));
    }

    @Test
    void aTokenChangedAnywhereOrSignedWithAnotherKeyIsRefused() {
        String token = UnsubscribeToken.of(42, Topic.NEW_DRAFTS).sign(KEY);
        String tag = token.substring(token.lastIndexOf('.') + 1);
        assertRefused("43.new-drafts." + tag);
        assertRefused("42.all." + tag);
        assertRefused("42.replies." + tag);
        char last = tag.charAt(tag.length() - 1);
        assertRefused(token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A'));
        assertEquals(
                Optional.empty(),
                UnsubscribeToken.verify(
                        token, "another key, sixteen bytes or more".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void anythingElseIsRefusedWithoutAnError() {
        for (String junk : new String[] {
            null,
            "",
            "42",
            "42.replies",
            "42.replies.",
            "x.replies.AAAAAAAAAAAAAAAAAAAAAA",
            "42.REPLIES.AAAAAAAAAAAAAAAAAAAAAA",
            "42.no-such-topic.AAAAAAAAAAAAAAAAAAAAAA",
            "99999999999999999999.all.AAAAAAAAAAAAAAAAAAAAAA",
            "42.all.A+AAAAAAAAAAAAAAAAAAAA",
            "42.all.AAAAAAAAAAAAAAAAAAAAAA.x"
        }) {
            assertRefused(junk);
        }
    }

    private static void assertRefused(String token) {
        assertEquals(Optional.empty(), UnsubscribeToken.verify(token, KEY), token);
    }
}
