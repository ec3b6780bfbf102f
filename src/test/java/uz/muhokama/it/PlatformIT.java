package uz.muhokama.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A visitor or a program reads the reference lists, the health and the API description, and gets clear,
 * localized errors when it asks for something that is not there.
 */
class PlatformIT extends PortalIntegration {

    @Test
    void anyoneReadsTheTwentyOneSectorsInUzbekByDefault() {
        Http.Reply reply = http.get("/api/v1/sectors");
        assertEquals(200, reply.status(), reply::toString);
        JsonArray sectors = reply.jsonArray();
        assertEquals(21, sectors.size());
        JsonObject first = sectors.getJsonObject(0);
        assertEquals("entrepreneurship", first.getString("code"));
        assertEquals("Tadbirkorlik faoliyati", first.getString("name"));
        assertEquals(
                "Предпринимательская деятельность", first.getJsonObject("names").getString("ru"));
        assertEquals(
                "Entrepreneurship and business", first.getJsonObject("names").getString("en"));
    }

    @Test
    void theNameFollowsLangParameterThenAcceptLanguage() {
        assertEquals(
                "Предпринимательская деятельность",
                http.get("/api/v1/sectors?lang=ru").jsonArray().getJsonObject(0).getString("name"));
        assertEquals(
                "Entrepreneurship and business",
                http.get("/api/v1/sectors", "Accept-Language", "en-GB,en;q=0.8")
                        .jsonArray()
                        .getJsonObject(0)
                        .getString("name"));
        assertEquals(
                "Предпринимательская деятельность",
                http.get("/api/v1/sectors?lang=ru", "Accept-Language", "en")
                        .jsonArray()
                        .getJsonObject(0)
                        .getString("name"));
    }

    @Test
    void actTypesRegionsAndAgenciesAreListedWithStableCodes() {
        JsonArray actTypes = http.get("/api/v1/act-types?lang=en").jsonArray();
        assertEquals(12, actTypes.size());
        assertTrue(actTypes.stream()
                .map(JsonObject.class::cast)
                .anyMatch(t -> t.getString("code").equals("law")));

        JsonArray regions = http.get("/api/v1/regions?lang=en").jsonArray();
        assertEquals(14, regions.size());
        assertEquals("UZ-QR", regions.getJsonObject(0).getString("code"));
        assertEquals("Republic of Karakalpakstan", regions.getJsonObject(0).getString("name"));

        JsonArray agencies = http.get("/api/v1/agencies?lang=ru").jsonArray();
        assertEquals(38, agencies.size());
        JsonObject justice = agencies.stream()
                .map(JsonObject.class::cast)
                .filter(a -> a.getString("code").equals("ministry-of-justice"))
                .findFirst()
                .orElseThrow();
        assertEquals("Министерство юстиции", justice.getString("name"));
        assertEquals("Adliya vazirligi", justice.getJsonObject("names").getString("uz"));
    }

    @Test
    void anUnknownApiRouteIsALocalizedProblemNotAStackTrace() {
        Http.Reply reply = http.get("/api/v1/no-such-thing", "Accept-Language", "ru");
        assertEquals(404, reply.status());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        JsonObject problem = reply.json();
        assertEquals(404, problem.getInt("status"));
        assertEquals("Не найдено", problem.getString("title"));
        assertEquals("problem.not-found", problem.getString("code"));
        assertFalse(reply.body().contains("Exception"));
    }

    @Test
    void anUnknownPageIsAnHtmlPageInTheVisitorsLanguage() {
        Http.Reply reply = http.get("/no-such-page?lang=en");
        assertEquals(404, reply.status());
        assertTrue(reply.contentType().startsWith("text/html"), reply.contentType());
        assertTrue(reply.body().contains("<html lang=\"en\""), reply.body());
        assertTrue(reply.body().contains("Not found"));
    }

    @Test
    void malformedJsonIsTheCallersMistakeAndGetsA400Problem() {
        Http.Reply reply = http.postJson("/api/v1/accounts", "{\"email\": ", "Accept-Language", "en");
        assertEquals(400, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith("application/problem+json"));
        assertEquals("problem.malformed-request", reply.json().getString("code"));
    }

    @Test
    void aWrongContentTypeGets415AndAWrongMethod405() {
        Http.Reply wrongType = http.post("/api/v1/accounts", "text/plain", "hello");
        assertEquals(415, wrongType.status(), wrongType::toString);
        assertEquals("problem.unsupported-media-type", wrongType.json().getString("code"));

        Http.Reply wrongMethod = http.delete("/api/v1/sectors");
        assertEquals(405, wrongMethod.status(), wrongMethod::toString);
        assertEquals("problem.method-not-allowed", wrongMethod.json().getString("code"));
    }

    @Test
    void healthSaysLiveAndReadyWithTheDatabaseMigrated() throws Exception {
        Http server = new Http(new URL(base, "/"));
        Http.Reply live = server.get("/health/live");
        assertEquals(200, live.status(), live::toString);
        Http.Reply ready = server.get("/health/ready");
        assertEquals(200, ready.status(), ready::toString);
        assertTrue(ready.body().contains("\"database\""), ready.body());
        assertTrue(
                ready.body().contains("\"migrated\":true") || ready.body().contains("\"migrated\": true"),
                ready.body());
    }

    @Test
    void theOpenApiDocumentDescribesTheApiButNotThePages() {
        Http.Reply reply = http.get("/openapi", "Accept", "application/json");
        assertEquals(200, reply.status(), reply::toString);
        JsonObject paths = reply.json().getJsonObject("paths");
        assertTrue(paths.containsKey("/api/v1/sectors"), paths.keySet()::toString);
        assertTrue(paths.containsKey("/api/v1/accounts"));
        assertTrue(paths.containsKey("/api/v1/tokens"));
        assertFalse(paths.containsKey("/register"));
        assertFalse(paths.containsKey("/api/v1/test/clock"));
        assertEquals(200, http.get("/openapi/ui/").status());
    }

    /**
     * The document is complete enough to generate a client from: a regression (an operation without an
     * operationId, a security statement, a described success or its problem answers) fails the build. The
     * document is written to target/openapi.json for the linter (docs/api.md).
     */
    @Test
    void everyOperationHasAnIdItsSecurityItsSuccessAndItsProblems() throws Exception {
        Http.Reply reply = http.get("/openapi", "Accept", "application/json");
        assertEquals(200, reply.status(), reply::toString);
        Files.writeString(Path.of("target/openapi.json"), reply.body());
        JsonObject document = reply.json();
        JsonObject bearer = document.getJsonObject("components")
                .getJsonObject("securitySchemes")
                .getJsonObject("bearer");
        assertEquals("http", bearer.getString("type"));
        assertEquals("bearer", bearer.getString("scheme"));

        Set<String> ids = new HashSet<>();
        Set<String> conditional = new HashSet<>();
        List<String> faults = new ArrayList<>();
        for (var path : document.getJsonObject("paths").entrySet()) {
            for (var entry : path.getValue().asJsonObject().entrySet()) {
                if (!Set.of("get", "put", "post", "delete", "patch").contains(entry.getKey())) {
                    continue;
                }
                String name = entry.getKey().toUpperCase() + " " + path.getKey();
                JsonObject operation = entry.getValue().asJsonObject();
                String id = operation.getString("operationId", "");
                if (!id.matches("[a-z][a-zA-Z0-9]+") || !ids.add(id)) {
                    faults.add(name + ": operationId missing, not camelCase or not unique: " + id);
                }
                String security = String.valueOf(operation.get("security")).replace(" ", "");
                if (!Set.of("[]", "[{\"bearer\":[]}]", "[{\"bearer\":[]},{}]").contains(security)) {
                    faults.add(name + ": security is " + security);
                }
                JsonObject responses = operation.getJsonObject("responses");
                boolean success = responses.entrySet().stream()
                        .anyMatch(r -> r.getKey().equals("204")
                                || r.getKey().startsWith("2")
                                        && r.getValue().asJsonObject().containsKey("content")
                                || r.getKey().equals("201")
                                        && id.equals("flagComment")); // 201 without a body, by design
                if (!success) {
                    faults.add(name + ": no 2xx with content, nor 204");
                }
                if (security.equals("[{\"bearer\":[]}]") && !responses.containsKey("401")) {
                    faults.add(name + ": sign-in required but no 401");
                }
                if (responses.keySet().stream().noneMatch(code -> code.startsWith("4"))) {
                    faults.add(name + ": no 4xx answer");
                }
                if (responses.containsKey("304")) {
                    conditional.add(id);
                    conditionalFaults(name, operation).forEach(faults::add);
                }
                if (responses.containsKey("429")) {
                    JsonObject tooMany = responses.getJsonObject("429");
                    Set<String> headers = tooMany.containsKey("headers")
                            ? tooMany.getJsonObject("headers").keySet()
                            : Set.of();
                    if (!headers.containsAll(Set.of("Retry-After", "RateLimit-Policy", "RateLimit"))) {
                        faults.add(name + ": 429 without Retry-After, RateLimit-Policy and RateLimit: " + headers);
                    }
                }
                responses.forEach((code, value) -> {
                    JsonObject response = value.asJsonObject();
                    if (code.matches("[45]\\d\\d")
                            && !response.containsKey("$ref")
                            && !response.toString()
                                    .contains(
                                            "\"application/problem+json\":{\"schema\":{\"$ref\":\"#/components/schemas/Problem\"}}")) {
                        faults.add(name + ": " + code + " is not a Problem");
                    }
                });
            }
        }
        assertTrue(faults.isEmpty(), () -> String.join("\n", faults));
        assertTrue(ids.size() >= 67, "operations: " + ids.size());
        assertTrue(
                conditional.containsAll(Set.of(
                        "getDraft",
                        "listComments",
                        "countComments",
                        "getSummary",
                        "downloadSummaryCsv",
                        "downloadSummaryWorkbook",
                        "listSectors",
                        "listActTypes",
                        "listRegions",
                        "listAgencies")),
                conditional::toString);
        JsonObject notModified =
                document.getJsonObject("components").getJsonObject("responses").getJsonObject("NotModified");
        assertEquals(
                Set.of("ETag", "Cache-Control", "Vary"),
                notModified.getJsonObject("headers").keySet());
        assertFalse(notModified.containsKey("content"), "a 304 has no body");

        JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
        for (String generic : List.of("Row", "Kind", "Counts", "Label", "Option", "Flag", "Author")) {
            assertFalse(schemas.containsKey(generic), "a nested type's bare name as a component: " + generic);
        }
        // The Problem schema names exactly the fields a real problem with field errors carries.
        Http.Reply refused =
                http.postJson("/api/v1/accounts", "{\"email\": \"x\", \"password\": \"1\"}", "Accept-Language", "en");
        assertEquals(400, refused.status(), refused::toString);
        assertEquals(
                refused.json().keySet(),
                schemas.getJsonObject("Problem").getJsonObject("properties").keySet());
        assertEquals(
                refused.json().getJsonArray("errors").getJsonObject(0).keySet(),
                schemas.getJsonObject("ProblemFieldError")
                        .getJsonObject("properties")
                        .keySet());
    }

    /** A conditional operation takes If-None-Match and says ETag, Cache-Control and Vary on its success. */
    private static List<String> conditionalFaults(String name, JsonObject operation) {
        List<String> faults = new ArrayList<>();
        if (!String.valueOf(operation.get("parameters")).contains("#/components/parameters/IfNoneMatch")) {
            faults.add(name + ": answers 304 but takes no If-None-Match");
        }
        operation.getJsonObject("responses").forEach((code, value) -> {
            if (code.startsWith("2")
                    && (!value.asJsonObject().containsKey("headers")
                            || !value.asJsonObject()
                                    .getJsonObject("headers")
                                    .keySet()
                                    .containsAll(Set.of("ETag", "Cache-Control", "Vary")))) {
                faults.add(name + ": " + code + " of a conditional read without ETag, Cache-Control and Vary");
            }
        });
        return faults;
    }

    @Test
    void operatorsReadMetricsInPrometheusFormat() {
        http.get("/api/v1/regions");
        Http.Reply metrics = http.get("/metrics");
        assertEquals(200, metrics.status(), metrics::toString);
        assertTrue(metrics.contentType().startsWith("text/plain"), metrics.contentType());
        assertTrue(metrics.body().contains("REST_request_seconds"), "request latencies per resource method");
        assertTrue(
                metrics.body().contains("connectionpool_") && metrics.body().contains("datasource=\"jdbc_app\""),
                "the database pool");
        assertTrue(
                metrics.body()
                        .lines()
                        .anyMatch(line -> line.startsWith("muhokama_cache_entries{cache=\"reference-lists\"")),
                "each per-instance cache's size, reads served and loads");
    }

    @Test
    void everyAnswerCarriesProtectiveHeaders() {
        Http.Reply page = http.get("/");
        assertEquals(200, page.status());
        assertEquals("nosniff", page.header("X-Content-Type-Options").orElse(""));
        assertEquals("DENY", page.header("X-Frame-Options").orElse(""));
        assertTrue(page.header("Content-Security-Policy").orElse("").contains("default-src 'self'"));
        assertEquals(
                "nosniff",
                http.get("/api/v1/regions").header("X-Content-Type-Options").orElse(""));
        assertEquals("uz", page.header("Content-Language").orElse(""), "a page says the language it is in");
        assertEquals("ru", http.get("/?lang=ru").header("Content-Language").orElse(""));
        assertTrue(page.header("Strict-Transport-Security").isEmpty(), "plain HTTP: HSTS would mean nothing");
        assertEquals(
                "max-age=31536000; includeSubDomains",
                http.get("/", "X-Forwarded-Proto", "https")
                        .header("Strict-Transport-Security")
                        .orElse(""),
                "behind a balancer that ends TLS");
        for (String path : new String[] {"/health/ready", "/openapi", "/metrics", "/no-such-page"}) {
            Http.Reply other = http.get(path);
            assertEquals("nosniff", other.header("X-Content-Type-Options").orElse(""), path);
            assertEquals("DENY", other.header("X-Frame-Options").orElse(""), path);
        }
    }

    @Test
    void staticAssetsAreServedButPathsOutsideTheAssetFolderAreNot() {
        Http.Reply css = http.get("/static/css/site.css");
        assertEquals(200, css.status());
        assertTrue(css.contentType().startsWith("text/css"));
        assertEquals(404, http.get("/static/../WEB-INF/web.xml").status());
        assertEquals(404, http.get("/static/META-INF/persistence.xml").status());
    }
}
