package uz.muhokama.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** Agencies attach the documents of a draft; the public downloads them safely. */
class AttachmentsIT extends PortalIntegration {

    static final byte[] PDF =
            "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private String draftOf(Accounts.SignedIn editor) {
        return Drafts.create(
                http,
                editor,
                Drafts.lawWithThreeClauses(
                        "Ilova " + UUID.randomUUID().toString().substring(0, 8)));
    }

    @Test
    void anEditorAttachesAPdfAndTheTypeAndChecksumComeFromTheContent() throws Exception {
        Accounts.SignedIn editor = Accounts.newEditor(http, "ministry-of-justice");
        String number = draftOf(editor);
        Http.Reply attached = http.postFile(
                "/api/v1/drafts/" + number + "/attachments",
                "file",
                "../../etc/Loyiha matni",
                "application/octet-stream",
                PDF,
                "Authorization",
                editor.bearer());
        assertEquals(201, attached.status(), attached::toString);
        JsonObject file = attached.json();
        assertEquals("application/pdf", file.getString("mediaType"));
        assertEquals("Loyiha matni.pdf", file.getString("fileName"), "path dropped, extension from the content");
        assertEquals(
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF)), file.getString("sha256"));

        Http.Reply download = http.get(file.getString("url"), "Authorization", editor.bearer());
        assertEquals(200, download.status());
        assertTrue(
                download.header("Content-Disposition").orElse("").startsWith("attachment;"),
                download.headers()::toString);
        assertEquals("nosniff", download.header("X-Content-Type-Options").orElse(""));
        assertArrayEquals(PDF, http.getBytes(file.getString("url"), "Authorization", editor.bearer()));
        assertEquals(
                1,
                http.get("/api/v1/drafts/" + number, "Authorization", editor.bearer())
                        .json()
                        .getJsonArray("attachments")
                        .size());
    }

    @Test
    void wordExcelAndOpenDocumentFilesAreRecognisedByTheirInsides() throws IOException {
        Accounts.SignedIn editor = Accounts.newEditor(http, "ministry-of-justice");
        String number = draftOf(editor);
        String path = "/api/v1/drafts/" + number + "/attachments";
        assertEquals(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                http.postFile(
                                path,
                                "file",
                                "matn.docx",
                                "application/octet-stream",
                                docx(),
                                "Authorization",
                                editor.bearer())
                        .json()
                        .getString("mediaType"));
        assertEquals(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                http.postFile(
                                path,
                                "file",
                                "jadval.xlsx",
                                "application/octet-stream",
                                xlsx(),
                                "Authorization",
                                editor.bearer())
                        .json()
                        .getString("mediaType"));
        assertEquals(
                "application/vnd.oasis.opendocument.text",
                http.postFile(
                                path,
                                "file",
                                "matn.odt",
                                "application/octet-stream",
                                odt(),
                                "Authorization",
                                editor.bearer())
                        .json()
                        .getString("mediaType"));
    }

    @Test
    void aProgramNamedLikeAPdfIsRefusedAndNothingIsStored() {
        Accounts.SignedIn editor = Accounts.newEditor(http, "ministry-of-justice");
        String number = draftOf(editor);
        byte[] program = "MZ\u0090\u0000 this is a windows program".getBytes(StandardCharsets.ISO_8859_1);
        Http.Reply refused = http.postFile(
                "/api/v1/drafts/" + number + "/attachments?lang=en",
                "file",
                "qonun.pdf",
                "application/pdf",
                program,
                "Authorization",
                editor.bearer());
        assertEquals(400, refused.status(), refused::toString);
        assertTrue(refused.body().contains("Only PDF, DOCX, XLSX and ODT"), refused::toString);
        assertEquals(
                0,
                http.get("/api/v1/drafts/" + number + "/attachments", "Authorization", editor.bearer())
                        .jsonArray()
                        .size());
    }

    @Test
    void aFileAboveTheLimitIsRefusedWith413() {
        Accounts.SignedIn editor = Accounts.newEditor(http, "ministry-of-justice");
        String number = draftOf(editor);
        byte[] big = new byte[1_100_000];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        Http.Reply refused = http.postFile(
                "/api/v1/drafts/" + number + "/attachments",
                "file",
                "big.pdf",
                "application/pdf",
                big,
                "Authorization",
                editor.bearer());
        assertEquals(413, refused.status(), refused::toString);
    }

    @Test
    void onlyTheOwningAgencyAttachesAndUnpublishedFilesStayPrivate() {
        Accounts.SignedIn editor = Accounts.newEditor(http, "ministry-of-justice");
        String number = draftOf(editor);
        String url = http.postFile(
                        "/api/v1/drafts/" + number + "/attachments",
                        "file",
                        "a.pdf",
                        "application/pdf",
                        PDF,
                        "Authorization",
                        editor.bearer())
                .json()
                .getString("url");
        Accounts.SignedIn stranger = Accounts.newEditor(http, "ministry-of-health");
        assertEquals(
                404,
                http.postFile(
                                "/api/v1/drafts/" + number + "/attachments",
                                "file",
                                "b.pdf",
                                "application/pdf",
                                PDF,
                                "Authorization",
                                stranger.bearer())
                        .status());
        assertEquals(404, http.get(url).status(), "the public cannot fetch files of an unpublished draft");
        assertEquals(404, http.delete(url, "Authorization", stranger.bearer()).status());
        assertEquals(204, http.delete(url, "Authorization", editor.bearer()).status());
    }

    private static byte[] docx() throws IOException {
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("1-band. Umumiy qoidalar");
            document.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] xlsx() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Hisob").createRow(0).createCell(0).setCellValue("Tarif");
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] odt() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("mimetype"));
            zip.write("application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("<office:document-content/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
