package uz.muhokama.opendata;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import uz.muhokama.platform.persistence.UniqueViolation;

/**
 * Stable pseudonyms for the authors of published comments: {@code p-} and 16 hex digits of an
 * HMAC-SHA-256 of the account id under a secret kept in the database ({@code opendata_key}), made once
 * by whichever instance needs it first. The same person has the same pseudonym in every package and
 * export, so a researcher can count people; without the secret nobody can work back to the account.
 */
@ApplicationScoped
class Pseudonyms {

    @Inject
    PseudonymKeys store;

    private volatile SecretKeySpec key;

    String of(long accountId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key());
            byte[] digest = mac.doFinal(Long.toString(accountId).getBytes(StandardCharsets.US_ASCII));
            return "p-" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private SecretKeySpec key() {
        SecretKeySpec known = key;
        if (known == null) {
            String secret = store.stored().orElseGet(() -> {
                try {
                    return store.create();
                } catch (RuntimeException e) {
                    if (UniqueViolation.in(e)) {
                        return store.stored().orElseThrow(() -> e); // another instance made it first
                    }
                    throw e;
                }
            });
            known = new SecretKeySpec(secret.getBytes(StandardCharsets.US_ASCII), "HmacSHA256");
            key = known;
        }
        return known;
    }
}
