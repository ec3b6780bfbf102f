package uz.muhokama.platform.security;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Unguessable values (anti-forgery tokens, sign-in secrets) as URL-safe text.
 *
 * <p>Why one generator per thread: the default {@code SecureRandom} on Linux (NativePRNG) serialises
 * every caller of the whole JVM on one lock around a read of {@code /dev/urandom}. Each anonymous page
 * issues an anti-forgery token, and under load threads queued on that lock for 10-50 ms
 * (docs/benchmarks.md). A DRBG per thread is seeded once from the system's entropy and then needs no
 * lock shared with other threads.
 */
public final class RandomSecrets {

    private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(RandomSecrets::newGenerator);

    private RandomSecrets() {}

    /** {@code bytes} random bytes, Base64url-encoded without padding. */
    public static String urlSafe(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.get().nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }

    private static SecureRandom newGenerator() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            return new SecureRandom(); // every Java 9+ runtime has DRBG; this is only a safe fallback
        }
    }
}
