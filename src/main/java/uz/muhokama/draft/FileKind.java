package uz.muhokama.draft;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The file types a draft may carry, recognised by their bytes, never by their name: PDF by its
 * header; DOCX, XLSX and ODT as ZIP packages by the entries inside. Only entry names (and the tiny
 * ODF {@code mimetype} entry) are read, so a zip bomb is never inflated here.
 */
public enum FileKind {
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    ODT("application/vnd.oasis.opendocument.text", "odt");

    private static final int MAX_ENTRIES_INSPECTED = 2000;

    private final String mediaType;
    private final String extension;

    FileKind(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    public static Optional<FileKind> detect(byte[] bytes) {
        if (startsWith(bytes, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(PDF);
        }
        if (startsWith(bytes, new byte[] {'P', 'K', 3, 4})) {
            return fromZipPackage(bytes);
        }
        return Optional.empty();
    }

    private static Optional<FileKind> fromZipPackage(byte[] bytes) {
        Set<String> names = new HashSet<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            int inspected = 0;
            while ((entry = zip.getNextEntry()) != null && inspected++ < MAX_ENTRIES_INSPECTED) {
                if (inspected == 1 && entry.getName().equals("mimetype")) {
                    String declared = new String(zip.readNBytes(100), StandardCharsets.US_ASCII).trim();
                    return ODT.mediaType.equals(declared) ? Optional.of(ODT) : Optional.empty();
                }
                names.add(entry.getName());
            }
        } catch (IOException | IllegalArgumentException corrupt) {
            return Optional.empty();
        }
        if (!names.contains("[Content_Types].xml")) {
            return Optional.empty();
        }
        if (names.contains("word/document.xml")) {
            return Optional.of(DOCX);
        }
        if (names.contains("xl/workbook.xml")) {
            return Optional.of(XLSX);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
