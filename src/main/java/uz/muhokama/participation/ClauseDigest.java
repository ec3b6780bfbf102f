package uz.muhokama.participation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import uz.muhokama.draft.DraftView;

/** A hash of a clause's heading and text, to tell later whether the clause a comment is about changed. */
final class ClauseDigest {

    private ClauseDigest() {}

    static String of(DraftView.ClauseView clause) {
        try {
            String content = (clause.heading() == null ? "" : clause.heading()) + '\u0000' + clause.text();
            if (clause.headingCyrl() != null || clause.textCyrl() != null) {
                // Cyrillic texts count too; a clause in Latin alone keeps the digest it always had.
                content += "\u0000" + clause.headingCyrl() + '\u0000' + clause.textCyrl();
            }
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always there", e);
        }
    }
}
