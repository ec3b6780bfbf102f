package uz.muhokama.draft;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uz.muhokama.platform.error.InvalidInput;
import uz.muhokama.platform.error.ResourceNotFound;
import uz.muhokama.platform.error.TooLarge;
import uz.muhokama.platform.security.CurrentCaller;

/** Attaching files to drafts (the owning agency) and handing them out (whoever may see the draft). */
@ApplicationScoped
class AttachmentService {

    @Inject
    DraftAccess access;

    @Inject
    AttachmentRepository attachments;

    @Inject
    CurrentCaller caller;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "muhokama.attachments.max-bytes", defaultValue = "20971520")
    long maxBytes;

    @Transactional
    public AttachmentView attach(String number, String fileName, InputStream content) {
        access.ownDraft(number).editsMakeNewVersions();
        byte[] bytes = readLimited(content);
        // Locked only once the upload is read, so that a slow link holds no lock.
        Draft draft = access.ownDraftLocked(number);
        if (bytes.length == 0) {
            throw new InvalidInput("file", "attachment.empty");
        }
        FileKind kind =
                FileKind.detect(bytes).orElseThrow(() -> new InvalidInput("file", "attachment.type-not-allowed"));
        Attachment saved = attachments.add(new Attachment(
                draft.id(),
                safeName(fileName, kind),
                kind,
                bytes,
                sha256(bytes),
                clock.instant(),
                caller.require().accountId()));
        draft.attachmentAdded();
        return attachments.of(draft.id(), draft.number()).stream()
                .filter(a -> a.id() == saved.id())
                .findFirst()
                .orElseThrow();
    }

    @Transactional
    public List<AttachmentView> list(String number) {
        Draft draft = access.visibleDraft(number);
        return attachments.of(draft.id(), draft.number());
    }

    @Transactional
    public Attachment download(String number, long id) {
        Draft draft = access.visibleDraft(number);
        Attachment attachment = attachments.find(draft.id(), id).orElseThrow(ResourceNotFound::new);
        attachment.content();
        return attachment;
    }

    @Transactional
    public void remove(String number, long id) {
        Draft draft = access.ownDraftLocked(number);
        draft.editsMakeNewVersions();
        attachments.remove(attachments.find(draft.id(), id).orElseThrow(ResourceNotFound::new));
        draft.attachmentRemoved();
    }

    private byte[] readLimited(InputStream content) {
        try {
            byte[] bytes = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new TooLarge();
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Keeps the name people gave the file but drops any path, control characters and halves of
     * surrogate pairs (they cannot be written as UTF-8), and makes its extension match what the
     * content really is. A long name is cut at 200 characters, never inside a character made of two.
     */
    static String safeName(String given, FileKind kind) {
        String name = given == null ? "" : given.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1)
                .replaceAll("[\\p{Cntrl}\\p{Cs}\"<>:|?*]", "")
                .trim();
        if (name.length() > 200) {
            name = name.substring(0, Character.isHighSurrogate(name.charAt(199)) ? 199 : 200);
        }
        if (name.isEmpty() || name.startsWith(".")) {
            name = "attachment" + name;
        }
        String dotted = "." + kind.extension();
        return name.toLowerCase(Locale.ROOT).endsWith(dotted) ? name : name + dotted;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
