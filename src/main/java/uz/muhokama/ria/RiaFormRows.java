package uz.muhokama.ria;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The form laid out for the page: the typed rows of each repeating part, each with the messages that
 * belong beside its fields, then the blank rows asked for. Blank rows get no messages: their numbers
 * follow the rows kept, so a message can only be about a row that was sent.
 */
final class RiaFormRows {

    private final RiaFormFields fields;
    private final Map<String, String> errors;

    /** {@code errors}: messages by field path, as {@code options[0].title}. */
    RiaFormRows(RiaFormFields fields, Map<String, String> errors) {
        this.fields = fields;
        this.errors = errors;
    }

    /** One row of the page: its number (for ids and messages), its values and the messages beside them, by name. */
    public record Row(int index, Map<String, String> values, Map<String, String> errors) {}

    List<Row> options() {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < fields.options().size(); i++) {
            rows.add(row(
                    i,
                    "options",
                    errors,
                    new String[] {"kind", "title", "description"},
                    fields.options().get(i)));
        }
        for (int j = 0; j < fields.blankOptions(); j++) {
            rows.add(row(rows.size(), "options", Map.of(), new String[] {"kind", "title", "description"}, new String[] {
                nextKind(rows), "", ""
            }));
        }
        return rows;
    }

    /** A blank row offers "do nothing" first, then the proposed option, then alternatives. */
    private static String nextKind(List<Row> rows) {
        for (OptionKind kind : List.of(OptionKind.DO_NOTHING, OptionKind.PROPOSED)) {
            if (rows.stream().noneMatch(r -> kind.code().equals(r.values().get("kind")))) {
                return kind.code();
            }
        }
        return OptionKind.ALTERNATIVE.code();
    }

    List<Row> impacts(Function<String, String> groupName) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < fields.impacts().size(); i++) {
            Row row = row(
                    i,
                    "impacts",
                    errors,
                    new String[] {
                        "group",
                        "costOneOffUzs",
                        "costYearlyUzs",
                        "costs",
                        "benefitOneOffUzs",
                        "benefitYearlyUzs",
                        "benefits"
                    },
                    fields.impacts().get(i));
            row.values().put("groupName", groupName.apply(fields.impacts().get(i)[0]));
            rows.add(row);
        }
        return rows;
    }

    List<Row> risks() {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < fields.risks().size(); i++) {
            rows.add(row(
                    i,
                    "risks",
                    errors,
                    new String[] {"risk", "mitigation"},
                    fields.risks().get(i)));
        }
        for (int j = 0; j < fields.blankRisks(); j++) {
            rows.add(row(rows.size(), "risks", Map.of(), new String[] {"risk", "mitigation"}, new String[] {"", ""}));
        }
        return rows;
    }

    List<Row> indicators() {
        String[] names = {"name", "baseline", "target", "dataSource", "reviewOn", "evaluationOn"};
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < fields.indicators().size(); i++) {
            rows.add(row(i, "indicators", errors, names, fields.indicators().get(i)));
        }
        for (int j = 0; j < fields.blankIndicators(); j++) {
            rows.add(row(rows.size(), "indicators", Map.of(), names, new String[] {"", "", "", "", "", ""}));
        }
        return rows;
    }

    private static Row row(int index, String list, Map<String, String> errors, String[] names, String[] values) {
        Map<String, String> byName = new LinkedHashMap<>();
        Map<String, String> messages = new LinkedHashMap<>();
        for (int c = 0; c < names.length; c++) {
            byName.put(names[c], values[c]);
            String message = errors.get(list + "[" + index + "]." + names[c]);
            if (message != null) {
                messages.put(names[c], message);
            }
        }
        return new Row(index, byName, messages);
    }
}
