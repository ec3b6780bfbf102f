package uz.muhokama.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Fixtures for surveys: an open draft of five clauses with its editor, experts, and answer sets. */
final class Surveys {

    static final String EXPERTISE = "anti-corruption-expertise";
    static final String GENERAL = "general-survey";
    static final String PORTAL = "portal-development";

    private Surveys() {}

    /** A draft under discussion and the editor of its agency. */
    record OpenDraft(String number, Accounts.SignedIn editor, Instant closesAt) {}

    /** A five-clause resolution of the Ministry of Justice, published and open (the clock moved just past its opening). */
    static OpenDraft openDraft(Http http) {
        return openDraft(http, "ministry-of-justice");
    }

    /** The same of another agency. */
    static OpenDraft openDraft(Http http, String agency) {
        Accounts.SignedIn editor = Accounts.newEditor(http, agency);
        String title = "Soʻrovnoma " + UUID.randomUUID().toString().substring(0, 8);
        String number = Drafts.create(http, editor, """
                {"titleUz": "%s", "titleRu": "Проект %s", "titleEn": "Draft %s", "summaryUz": "Qisqacha",
                 "actType": "law", "sector": "justice-courts", "needsRia": false,
                 "clauses": [
                   {"number": "1", "heading": "Umumiy qoidalar", "text": "Maqsad."},
                   {"number": "2", "text": "Tushunchalar."},
                   {"number": "3", "text": "Vakolatli organ zarur hollarda qaror qabul qiladi."},
                   {"number": "4", "heading": "Muddatlar", "text": "Ariza belgilangan tartibda koʻrib chiqiladi."},
                   {"number": "5", "text": "Yakuniy qoidalar."}]}""".formatted(title, title, title));
        JsonObject published = Drafts.publish(http, editor, number, Duration.ZERO, 15);
        Instant opens = Instant.parse(published.getJsonObject("discussion").getString("opensAt"));
        long offset = http.get("/api/v1/test/clock")
                .json()
                .getJsonNumber("offsetSeconds")
                .longValue();
        Drafts.moveClock(
                http,
                Duration.ofSeconds(
                        Math.max(offset, Duration.between(Instant.now(), opens).toSeconds() + 5)));
        return new OpenDraft(
                number,
                editor,
                Instant.parse(published.getJsonObject("discussion").getString("closesAt")));
    }

    /** A freshly registered person whom the administrator made an expert. */
    static Accounts.SignedIn newExpert(Http http) {
        Accounts.SignedIn person = Accounts.newCitizen(http);
        Http.Reply granted = http.putJson(
                "/api/v1/accounts/" + person.id() + "/roles",
                "{\"roles\": [\"EXPERT\"]}",
                "Authorization",
                Accounts.demoAdmin(http).bearer());
        assertEquals(200, granted.status(), granted::toString);
        return person;
    }

    /** An expertise finding every factor absent but those given as "F05" → clauses, with a conclusion and status. */
    static String expertise(String conclusion, String... factorAndClauses) {
        JsonObjectBuilder answers = Json.createObjectBuilder();
        for (int i = 1; i <= 22; i++) {
            answers.add("F%02d".formatted(i), Json.createObjectBuilder().add("present", "no"));
        }
        for (int i = 0; i + 1 < factorAndClauses.length; i += 2) {
            answers.add(
                    factorAndClauses[i],
                    Json.createObjectBuilder()
                            .add("present", "yes")
                            .add("clauses", Json.createArrayBuilder(List.of(factorAndClauses[i + 1].split(","))))
                            .add("explanation", "«Zarur hollarda» iborasi noaniq: mansabdor shaxs oʻzi hal qiladi.")
                            .add("recommendation", "Holatlarning toʻliq roʻyxatini bering."));
        }
        answers.add("conclusion", conclusion).add("expertStatus", "independent");
        return Json.createObjectBuilder().add("answers", answers).build().toString();
    }

    /** A general survey answer: compliance (with clauses when no or partly), and the other required questions. */
    static String general(String compliance, int clarity, String... clauses) {
        JsonObjectBuilder answers = Json.createObjectBuilder()
                .add("compliance", compliance)
                .add("referenceNorms", "no")
                .add("contradictingNorms", "no")
                .add("clarity", clarity);
        if (clauses.length > 0) {
            answers.add("compliance.clauses", Json.createArrayBuilder(List.of(clauses)));
        }
        return Json.createObjectBuilder().add("answers", answers).build().toString();
    }

    static String path(String number, String questionnaire, String rest) {
        return "/api/v1/drafts/" + number + "/questionnaires/" + questionnaire + "/" + rest;
    }

    static JsonObject answer(Http http, Accounts.SignedIn who, String number, String questionnaire, String json) {
        Http.Reply stored = http.putJson(path(number, questionnaire, "my-answer"), json, "Authorization", who.bearer());
        assertEquals(200, stored.status(), stored::toString);
        return stored.json();
    }

    static JsonObject results(Http http, Accounts.SignedIn who, String number, String questionnaire) {
        Http.Reply results =
                http.get(path(number, questionnaire, "results") + "?lang=en", "Authorization", who.bearer());
        assertEquals(200, results.status(), results::toString);
        return results.json();
    }

    /** One question's results in the newest version answered. */
    static JsonObject question(JsonObject results, String code) {
        return results
                .getJsonArray("versions")
                .getJsonObject(0)
                .getJsonArray("questions")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(q -> q.getString("code").equals(code))
                .findFirst()
                .orElseThrow();
    }
}
