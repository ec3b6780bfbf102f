package uz.muhokama.notification;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The token of a one-click unsubscribe link: {@code <account id>.<what it stops>.<tag>}, what it stops
 * being a topic ({@code replies}) or {@code all} (every e-mail), the tag the first 128 bits of an
 * HMAC-SHA-256 of the rest under the portal's unsubscribe key. No database row: the tag is the proof
 * that the portal wrote this link for this person. It does not expire (a link in an old e-mail must
 * still work), and all it can do is stop e-mail.
 */
record UnsubscribeToken(long accountId, Optional<Topic> topic) {

    static final String ALL = "all";
    private static final int TAG_BYTES = 16;
    private static final Pattern FORM = Pattern.compile("(\\d{1,18})\\.([a-z-]{1,40})\\.([A-Za-z0-9_-]{22})");

    /** Stops e-mail of one topic. */
    static UnsubscribeToken of(long accountId, Topic topic) {
        return new UnsubscribeToken(accountId, Optional.of(topic));
    }

    /** Stops every e-mail. */
    static UnsubscribeToken all(long accountId) {
        return new UnsubscribeToken(accountId, Optional.empty());
    }

    String scope() {
        return topic.map(UnsubscribeToken::name).orElse(ALL);
    }

    String sign(byte[] key) {
        String payload = accountId + "." + scope();
        return payload + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(tag(key, payload));
    }

    /** The token {@code text} if the portal signed it with {@code key}; empty for anything else. */
    static Optional<UnsubscribeToken> verify(String text, byte[] key) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        byte[] presented;
        try {
            presented = Base64.getUrlDecoder().decode(m.group(3));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        String payload = m.group(1) + "." + m.group(2);
        // Base64 leaves spare bits in the last character: only the one spelling this class writes is taken.
        if (!Base64.getUrlEncoder().withoutPadding().encodeToString(presented).equals(m.group(3))
                || !MessageDigest.isEqual(presented, tag(key, payload))) {
            return Optional.empty();
        }
        long account;
        try {
            account = Long.parseLong(m.group(1));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (ALL.equals(m.group(2))) {
            return Optional.of(all(account));
        }
        return Arrays.stream(Topic.values())
                .filter(t -> name(t).equals(m.group(2)))
                .findFirst()
                .map(t -> of(account, t));
    }

    private static String name(Topic topic) {
        return topic.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static byte[] tag(byte[] key, String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Arrays.copyOf(mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII)), TAG_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is always there", e);
        }
    }
}
