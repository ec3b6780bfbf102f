package uz.muhokama.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A researcher takes the whole open data package and reads every file by its schema, as a standard
 * tool would; two instances' worth of job runs make the package once; a client streams one draft's
 * comments; odd filters are refused before a byte is sent.
 */
class OpenDataIT extends PortalIntegration {

    @AfterEach
    void resetClock() {
        Drafts.moveClock(http, Duration.ZERO);
    }

    @Test
    void aResearcherDownloadsThePackageAndReadsEveryFileByItsSchema() throws Exception {
        Surveys.OpenDraft draft = Surveys.openDraft(http);
        Accounts.SignedIn author = Accounts.newCitizen(http);
        long kept = Participation.post(
                http,
                author,
                draft.number(),
                Participation.comment("Ochiq maʼlumot: birinchi fikr, \"qoʻshtirnoq\" bilan."));
        long second = Participation.post(
                http, author, draft.number(), Participation.comment("Ikkinchi fikr,\nikki qatorda."));
        long withdrawn =
                Participation.post(http, author, draft.number(), Participation.comment("Qaytarib olinadigan fikr."));
        assertEquals(
                204,
                http.delete(
                                "/api/v1/drafts/" + draft.number() + "/comments/" + withdrawn,
                                "Authorization",
                                author.bearer())
                        .status());
        Surveys.answer(http, author, draft.number(), Surveys.GENERAL, Surveys.general("yes", 4));
        Reports.close(http, draft.closesAt());
        Reports.runJob(http, draft.number());
        assertEquals(200, http.postJson("/api/v1/test/jobs/stats", "{}").status());

        // Three runs at once for one slot, as two instances' jobs and a retry would: one package.
        String slot = "it-" + UUID.randomUUID();
        List<CompletableFuture<Http.Reply>> runs = IntStream.range(0, 3)
                .mapToObj(i -> CompletableFuture.supplyAsync(
                        () -> new Http(base).postJson("/api/v1/test/jobs/open-data?slot=" + slot, "{}")))
                .toList();
        List<String> outcomes = runs.stream()
                .map(CompletableFuture::join)
                .map(r -> {
                    assertEquals(200, r.status(), r.body());
                    return r.json().getString("outcome");
                })
                .sorted()
                .toList();
        assertEquals(1, outcomes.stream().filter("made"::equals).count(), outcomes.toString());
        assertEquals(
                "already",
                http.postJson("/api/v1/test/jobs/open-data?slot=" + slot, "{}")
                        .json()
                        .getString("outcome"));

        Http.Reply catalogueRead = http.get("/api/v1/open-data");
        assertEquals(200, catalogueRead.status());
        JsonObject latest = catalogueRead.json().getJsonObject("latest");
        long made = latest.getJsonNumber("id").longValue();
        assertEquals(
                304,
                http.get(
                                "/api/v1/open-data",
                                "If-None-Match",
                                catalogueRead.header("ETag").orElseThrow())
                        .status());

        // datapackage.json: valid against the Frictionless JSON Schemas, CC BY 4.0, when it was made.
        Http.Reply descriptorRead = http.get("/api/v1/open-data/packages/" + made + "/datapackage.json");
        assertEquals(200, descriptorRead.status());
        String descriptorText = descriptorRead.body();
        assertEquals(Set.of(), validate("frictionless/tabular-data-package.json", descriptorText));
        assertEquals(Set.of(), validate("frictionless/data-package.json", descriptorText));
        JsonObject descriptor =
                Json.createReader(new StringReader(descriptorText)).readObject();
        assertEquals(
                "CC-BY-4.0",
                descriptor.getJsonArray("licenses").getJsonObject(0).getString("name"));
        Instant.parse(descriptor.getString("created"));
        assertEquals(
                304,
                http.get(
                                "/api/v1/open-data/packages/" + made + "/datapackage.json",
                                "If-None-Match",
                                descriptorRead.header("ETag").orElseThrow())
                        .status());

        // The ZIP: every CSV read by its own schema (types, required fields, row counts, hashes).
        Map<String, byte[]> files = unzip(http.getBytes(latest.getString("zip")));
        assertTrue(files.containsKey("datapackage.json"));
        Map<String, List<CSVRecord>> tables = new HashMap<>();
        for (JsonObject resource : descriptor.getJsonArray("resources").getValuesAs(JsonObject.class)) {
            byte[] csv = files.get(resource.getString("path"));
            assertEquals(resource.getJsonNumber("bytes").longValue(), csv.length, resource.getString("name"));
            assertEquals(
                    "sha256:"
                            + HexFormat.of()
                                    .formatHex(
                                            MessageDigest.getInstance("SHA-256").digest(csv)),
                    resource.getString("hash"));
            tables.put(resource.getString("name"), readBySchema(resource, csv));
        }
        assertEquals(17, tables.size());
        assertEquals(16, tables.get("stats_regions").size(), "14 regions, region not given, total");

        // Comments as the public sees them: not the withdrawn one, the author a pseudonym, texts exact.
        List<CSVRecord> mine = tables.get("comments").stream()
                .filter(r -> r.get("draft").equals(draft.number()))
                .toList();
        assertEquals(
                List.of(String.valueOf(kept), String.valueOf(second)),
                mine.stream().map(r -> r.get("id")).toList());
        assertEquals("Ikkinchi fikr,\nikki qatorda.", mine.get(1).get("text"));
        String pseudonym = mine.get(0).get("author");
        assertTrue(pseudonym.matches("p-[0-9a-f]{16}"), pseudonym);
        assertEquals(pseudonym, mine.get(1).get("author"));
        assertEquals("UZ-SA", mine.get(0).get("author_region"));
        String everything = new String(files.get("comments.csv"), StandardCharsets.UTF_8);
        assertFalse(everything.contains(author.email()) || everything.contains("Aziza Karimova"), "no name or e-mail");
        assertTrue(
                tables.get("survey_results").stream()
                        .anyMatch(r -> r.get("draft").equals(draft.number())
                                && r.get("kind").equals("respondents")
                                && r.get("count").equals("1")),
                "the closed discussion's survey counts");
        assertTrue(tables.get("drafts").stream().anyMatch(r -> r.get("number").equals(draft.number())));

        // A file alone is the same as in the ZIP.
        assertEquals(
                everything,
                http.get("/api/v1/open-data/packages/latest/comments.csv").body());

        // Streaming: one draft's comments as JSON Lines and CSV, the same pseudonym.
        Http.Reply lines = http.get("/api/v1/open-data/resources/comments?format=jsonl&draft=" + draft.number());
        assertEquals(200, lines.status(), lines::toString);
        assertTrue(lines.contentType().startsWith("application/jsonl"), lines.contentType());
        List<JsonObject> streamed = lines.body()
                .lines()
                .map(l -> Json.createReader(new StringReader(l)).readObject())
                .toList();
        assertEquals(2, streamed.size());
        assertEquals(kept, streamed.get(0).getJsonNumber("id").longValue());
        assertEquals(pseudonym, streamed.get(1).getString("author"));
        assertTrue(streamed.get(0).isNull("clause"));
        LocalDate day = LocalDate.ofInstant(Instant.parse(streamed.get(0).getString("written_at")), Reports.TASHKENT);
        Http.Reply csv = http.get("/api/v1/open-data/resources/comments?region=UZ-SA&sector=justice-courts&from=" + day
                + "&to=" + day + "&draft=" + draft.number());
        assertEquals(
                3,
                CSVFormat.RFC4180
                        .parse(new StringReader(csv.body()))
                        .getRecords()
                        .size(),
                "header and two rows");

        // The page says when the package was made and how many rows each file holds.
        String page = http.get("/open-data?lang=en").body();
        assertTrue(page.contains("Made on"), "when it was made");
        assertTrue(page.contains("/api/v1/open-data/packages/" + made + "/comments.csv"));
    }

    @Test
    void oddFiltersAndFileNamesAreRefusedBeforeAnythingIsSent() {
        assertProblem(
                http.get("/api/v1/open-data/resources/comments?from=2026-99-01", "Accept-Language", "en"), "from");
        assertProblem(http.get("/api/v1/open-data/resources/comments?region=UZ-XX", "Accept-Language", "en"), "region");
        assertProblem(http.get("/api/v1/open-data/resources/drafts?sector=nope&agency=nobody"), "sector", "agency");
        assertProblem(http.get("/api/v1/open-data/resources/comments?draft=ID-abc"), "draft");
        assertProblem(http.get("/api/v1/open-data/resources/comments?format=xml"), "format");
        assertProblem(http.get("/api/v1/open-data/resources/votes?region=UZ-SA"), "region");
        assertEquals(404, http.get("/api/v1/open-data/resources/passwords").status());
        assertEquals(
                404, http.get("/api/v1/open-data/packages/latest/secret.txt").status());
        int traversal = http.get("/api/v1/open-data/packages/latest/..%2F..%2Fserver.xml")
                .status();
        assertTrue(traversal == 400 || traversal == 404, "a path out of the package is refused: " + traversal);
        assertEquals(
                404, http.get("/api/v1/open-data/packages/999999999/drafts.csv").status());
        assertEquals(401, http.postJson("/api/v1/open-data/packages", "{}").status());
    }

    private static void assertProblem(Http.Reply reply, String... fields) {
        assertEquals(400, reply.status(), reply::toString);
        assertEquals("application/problem+json", reply.contentType());
        assertEquals(
                List.of(fields),
                reply.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                        .map(e -> e.getString("field"))
                        .toList());
    }

    private static Set<ValidationMessage> validate(String schema, String json) throws IOException {
        try (InputStream in = OpenDataIT.class.getClassLoader().getResourceAsStream(schema)) {
            JsonSchema validator =
                    JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
            return validator.validate(new ObjectMapper().readTree(json));
        }
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    /** Reads a CSV as its Table Schema says: the header is the fields, each value of its type, required ones present, rows as counted. */
    private static List<CSVRecord> readBySchema(JsonObject resource, byte[] csv) throws IOException {
        List<JsonObject> fields =
                resource.getJsonObject("schema").getJsonArray("fields").getValuesAs(JsonObject.class);
        try (CSVParser parser = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .build()
                .parse(new StringReader(new String(csv, StandardCharsets.UTF_8)))) {
            assertEquals(
                    fields.stream().map(f -> f.getString("name")).toList(),
                    parser.getHeaderNames(),
                    resource.getString("name"));
            List<CSVRecord> records = parser.getRecords();
            assertEquals(
                    resource.getJsonObject("stats").getJsonNumber("rows").longValue(),
                    records.size(),
                    resource.getString("name"));
            for (CSVRecord record : records) {
                for (JsonObject field : fields) {
                    String value = record.get(field.getString("name"));
                    boolean required = field.containsKey("constraints")
                            && field.getJsonObject("constraints").getBoolean("required", false);
                    String where = resource.getString("name") + "." + field.getString("name") + " row "
                            + record.getRecordNumber();
                    if (value.isEmpty()) {
                        assertFalse(required, where + " is required");
                        continue;
                    }
                    switch (field.getString("type")) {
                        case "integer" -> Long.parseLong(value);
                        case "number" -> new BigDecimal(value);
                        case "datetime" -> Instant.parse(value);
                        case "date" -> LocalDate.parse(value);
                        case "boolean" -> assertTrue(value.equals("true") || value.equals("false"), where);
                        default -> assertTrue(value.length() > 0, where);
                    }
                }
            }
            return records;
        }
    }
}
