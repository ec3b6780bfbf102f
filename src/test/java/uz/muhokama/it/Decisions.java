package uz.muhokama.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Fixtures for decisions: a closed discussion with its report, and the decisions workbook filled in. */
final class Decisions {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Decisions() {}

    /** A closed discussion with comments from the given texts (by fresh citizens, at most eight each), its report made. */
    record Closed(Surveys.OpenDraft draft, List<Accounts.SignedIn> authors, List<Long> comments) {}

    static Closed closedWithComments(Http http, List<String> texts) {
        Surveys.OpenDraft draft = Surveys.openDraft(http);
        List<Accounts.SignedIn> authors = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            if (i % 8 == 0) {
                authors.add(Accounts.newCitizen(http));
            }
            ids.add(Participation.post(
                    http, authors.get(authors.size() - 1), draft.number(), Participation.comment(texts.get(i))));
        }
        Reports.close(http, draft.closesAt());
        Reports.runJob(http, draft.number());
        return new Closed(draft, authors, ids);
    }

    /** Runs the notification jobs that record and fan out events once (a published summary's included). */
    static JsonObject fanOut(Http http) {
        Http.Reply run = http.postJson("/api/v1/test/jobs/notifications/fan-out", "{}");
        assertEquals(200, run.status(), run::toString);
        return run.json();
    }

    /** How many notification rows one person has of a type of event about a draft (a test hook reads them). */
    static long notified(Http http, long accountId, String number, String eventType) {
        long draftId = Long.parseLong(number.replaceAll("\\D", ""));
        return rows(http, accountId).stream()
                .filter(r -> r.getString("event_type").equals(eventType))
                .filter(r ->
                        !r.isNull("draft_id") && r.getJsonNumber("draft_id").longValue() == draftId)
                .count();
    }

    /** A person's notification rows with their events' type, draft, dedup key and detail, oldest first. */
    static List<JsonObject> rows(Http http, long accountId) {
        Http.Reply rows = http.get("/api/v1/test/notifications?account=" + accountId);
        assertEquals(200, rows.status(), rows::toString);
        return rows.jsonArray().getValuesAs(JsonObject.class);
    }

    static byte[] workbook(Http http, Closed closed) {
        Http.Reply probe = http.get(
                "/api/v1/drafts/" + closed.draft().number() + "/decisions",
                "Authorization",
                closed.draft().editor().bearer());
        assertEquals(200, probe.status(), probe::toString);
        return http.getBytes(
                "/api/v1/drafts/" + closed.draft().number() + "/decisions/workbook",
                "Authorization",
                closed.draft().editor().bearer());
    }

    /** Fills the decisions workbook: proposal id → {decision label, reason}. */
    static byte[] fill(byte[] workbook, Map<Long, String[]> decisions) {
        try (XSSFWorkbook book = Reports.open(workbook);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.getSheetAt(0);
            for (Row row : sheet) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                String[] decision = decisions.get((long) row.getCell(0).getNumericCellValue());
                if (decision != null) {
                    row.createCell(4).setCellValue(decision[0]);
                    if (decision[1] != null) {
                        row.createCell(5).setCellValue(decision[1]);
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String decisions(String... triples) {
        StringBuilder json = new StringBuilder("{\"decisions\": [");
        for (int i = 0; i + 2 < triples.length; i += 3) {
            if (i > 0) {
                json.append(',');
            }
            json.append("{\"proposal\": ")
                    .append(triples[i])
                    .append(", \"decision\": \"")
                    .append(triples[i + 1])
                    .append('"');
            if (triples[i + 2] != null) {
                json.append(", \"reason\": \"").append(triples[i + 2]).append('"');
            }
            json.append('}');
        }
        return json.append("]}").toString();
    }
}
