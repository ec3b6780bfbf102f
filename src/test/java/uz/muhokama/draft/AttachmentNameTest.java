package uz.muhokama.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uz.muhokama.platform.error.TextRules;

/** The name an attachment keeps: what its uploader called it, safe to store, show and download. */
class AttachmentNameTest {

    @Test
    void theUploadersNameIsKeptWithoutPathAndWithTheExtensionOfItsContent() {
        assertEquals("Loyiha 2026.pdf", AttachmentService.safeName("C:\\Hujjatlar\\Loyiha 2026.pdf", FileKind.PDF));
        assertEquals("jadval.xlsx.docx", AttachmentService.safeName("../jadval.xlsx", FileKind.DOCX));
        assertEquals("attachment.odt", AttachmentService.safeName("", FileKind.ODT));
        assertEquals("attachment.bashrc.pdf", AttachmentService.safeName(".bashrc", FileKind.PDF));
        assertEquals("ab.pdf", AttachmentService.safeName("a\u0000<b>\u0007.pdf", FileKind.PDF));
    }

    @Test
    void aLongNameIsNeverCutInsideAnEmojiAndHalvesOfPairsAreDropped() {
        String name = "a".repeat(199) + "👍" + "b".repeat(50);
        String kept = AttachmentService.safeName(name, FileKind.PDF);
        assertEquals("a".repeat(199) + ".pdf", kept, "the emoji would have been cut in two");
        assertEquals(Optional.empty(), TextRules.problem(kept));
        assertEquals(
                "a".repeat(198) + "👍.pdf",
                AttachmentService.safeName("a".repeat(198) + "👍" + "b".repeat(50), FileKind.PDF));
        String broken = AttachmentService.safeName("qaror\ud800\udc00\ud83d.pdf", FileKind.PDF);
        assertEquals("qaror\ud800\udc00.pdf", broken, "a whole pair is kept, a lone half dropped");
        assertTrue(new String(broken.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).equals(broken));
    }
}
