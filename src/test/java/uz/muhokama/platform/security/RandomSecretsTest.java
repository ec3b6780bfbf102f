package uz.muhokama.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RandomSecretsTest {

    @Test
    void aSecretIsUrlSafeTextOfTheAskedNumberOfBytes() {
        String secret = RandomSecrets.urlSafe(32);
        assertTrue(secret.matches("[A-Za-z0-9_-]{43}"), secret);
        assertEquals(32, Base64.getUrlDecoder().decode(secret).length);
    }

    @Test
    void secretsMadeOnManyThreadsAtOnceNeverRepeat() {
        Set<String> seen = ConcurrentHashMap.newKeySet();
        IntStream.range(0, 20_000).parallel().forEach(i -> seen.add(RandomSecrets.urlSafe(16)));
        assertEquals(20_000, seen.size());
    }
}
