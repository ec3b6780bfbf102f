package uz.muhokama.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import uz.muhokama.platform.security.RandomSecrets;

/** Random bearer secrets and their stored fingerprints. */
final class Tokens {

    private Tokens() {}

    static String newRawToken() {
        return RandomSecrets.urlSafe(32);
    }

    static String fingerprint(String rawToken) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(rawToken.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
