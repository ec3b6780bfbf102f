package uz.muhokama.account;

import java.time.Instant;

/** A freshly issued token: the secret is shown once, here, and never stored in the clear. */
public record IssuedToken(String token, String tokenType, Instant expiresAt) {

    static IssuedToken bearer(String token, Instant expiresAt) {
        return new IssuedToken(token, "Bearer", expiresAt);
    }
}
