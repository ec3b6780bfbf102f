package uz.muhokama.survey;

import static uz.muhokama.survey.JsonDocuments.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The first versions of the three questionnaires, as the domain brief ships them: {@code
 * survey/questionnaires.json}, with the expertise's factor names and groups taken from {@code
 * survey/corruption_factors.csv} (copied unchanged from the brief, so a newer brief can be dropped in).
 */
final class ShippedQuestionnaires {

    private static final String QUESTIONNAIRES = "/survey/questionnaires.json";
    private static final String FACTORS = "/survey/corruption_factors.csv";

    private ShippedQuestionnaires() {}

    static List<Questionnaire> load() {
        JsonObject root;
        try (InputStream in = resource(QUESTIONNAIRES);
                var reader = JSON.createReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            root = reader.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, CSVRecord> factors = factors();
        List<Questionnaire> shipped = new ArrayList<>();
        for (JsonValue value : root.getJsonArray("questionnaires")) {
            JsonObject q = value.asJsonObject();
            shipped.add(QuestionnaireDefinitions.parse(q.containsKey("factorsFile") ? withFactors(q, factors) : q));
        }
        return shipped;
    }

    /** Adds each factor's name and the groups' names, which the brief keeps in the factors file. */
    private static JsonObject withFactors(JsonObject questionnaire, Map<String, CSVRecord> factors) {
        JsonObjectBuilder copy = JSON.createObjectBuilder(questionnaire);
        Map<String, JsonObject> groups = new LinkedHashMap<>();
        JsonArrayBuilder questions = JSON.createArrayBuilder();
        for (JsonValue value : questionnaire.getJsonArray("questions")) {
            JsonObject question = value.asJsonObject();
            CSVRecord factor = factors.get(question.getString("factorCode", ""));
            if (factor == null) {
                questions.add(question);
                continue;
            }
            questions.add(JSON.createObjectBuilder(question).add("title", wording(factor, "name")));
            groups.putIfAbsent(
                    factor.get("group_code"),
                    JSON.createObjectBuilder()
                            .add("code", factor.get("group_code"))
                            .add("title", wording(factor, "group_name"))
                            .build());
        }
        return copy.add("questions", questions)
                .add("groups", JSON.createArrayBuilder(new ArrayList<>(groups.values())))
                .build();
    }

    /** A file from a newer brief may lack the Cyrillic columns: the Latin text is transliterated then. */
    private static JsonObject wording(CSVRecord record, String column) {
        String cyrillic = record.isMapped(column + "_uz_cyrl") ? record.get(column + "_uz_cyrl") : "";
        return new Wording(record.get(column + "_uz"), cyrillic, record.get(column + "_ru"), record.get(column + "_en"))
                .toJson();
    }

    private static Map<String, CSVRecord> factors() {
        try (InputStream in = resource(FACTORS);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            Map<String, CSVRecord> byCode = new LinkedHashMap<>();
            for (CSVRecord record : CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)) {
                byCode.put(record.get("code"), record);
            }
            return byCode;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = ShippedQuestionnaires.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("Missing " + name);
        }
        return in;
    }
}
