package uz.muhokama.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keys for signing things the portal hands out and takes back (an unsubscribe link), derived from the
 * one secret every instance already shares ({@link CursorKey}: {@code muhokama.cursor.secret} or the
 * {@code app_secret} row): HMAC-SHA-256 of the purpose's name under that secret. A key per purpose means
 * a signature made for one use is never valid for another, and no further secret has to be made,
 * stored or configured. Changing the cursor secret invalidates every derived signature too.
 */
@ApplicationScoped
public class SigningKeys {

    @Inject
    CursorKey secret;

    /** The key for {@code purpose} (a fixed name such as {@code "unsubscribe"}), 32 bytes. */
    public byte[] forPurpose(String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.bytes(), "HmacSHA256"));
            return mac.doFinal(("muhokama/" + purpose).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is always there", e);
        }
    }
}
