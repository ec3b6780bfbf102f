package uz.muhokama.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * PBKDF2 with HMAC-SHA-512 through Jakarta Security. The stored string names its own algorithm,
 * iterations and salt, so raising the iteration count later keeps old hashes verifiable.
 */
@ApplicationScoped
class PasswordHasher {

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @Inject
    @ConfigProperty(name = "muhokama.password.iterations", defaultValue = "210000")
    int iterations;

    private String decoyHash;

    @PostConstruct
    void init() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", String.valueOf(iterations),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
        decoyHash = hash("decoy password for unknown accounts");
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean matches(String password, String storedHash) {
        return password != null && pbkdf2.verify(password.toCharArray(), storedHash);
    }

    /**
     * Spends the same work as a real check, so that an unknown e-mail answers as slowly as a wrong
     * password and response times do not reveal who has an account.
     */
    public void spendDecoyCheck(String password) {
        matches(password == null ? "" : password, decoyHash);
    }
}
