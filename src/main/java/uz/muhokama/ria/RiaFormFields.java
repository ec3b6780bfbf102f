package uz.muhokama.ria;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import uz.muhokama.platform.error.FieldError;

/**
 * The agency page's form as typed: every value a string, so that a refused form comes back exactly as
 * it was sent (a sum typed "12 mln" included). Repeating parts are parallel lists of row values; rows
 * left entirely blank are not part of the assessment. Row numbers in messages are those of the rows
 * kept, which are also the first rows shown, so each message lands beside its field.
 */
final class RiaFormFields {

    private static final String[] TEXTS = {
        "level", "problem", "objectives", "affectedGroups", "administrativeBurden", "corruptionRisks"
    };

    private final Map<String, String> values = new LinkedHashMap<>();
    private final List<String[]> options = new ArrayList<>();
    private final List<String[]> impacts = new ArrayList<>();
    private final List<String> regions = new ArrayList<>();
    private final List<String[]> risks = new ArrayList<>();
    private final List<String[]> indicators = new ArrayList<>();
    private int blankOptions = 1;
    private int blankRisks = 1;
    private int blankIndicators = 1;

    private RiaFormFields() {}

    /** A first visit: no text, the three groups, and rows for "do nothing", the proposed option and an alternative. */
    static RiaFormFields blank() {
        RiaFormFields fields = new RiaFormFields();
        for (String name : TEXTS) {
            fields.values.put(name, "");
        }
        fields.values.put("level", RiaLevel.SIMPLIFIED.code());
        for (AffectedGroup group : AffectedGroup.values()) {
            fields.impacts.add(new String[] {group.code(), "", "", "", "", "", ""});
        }
        fields.blankOptions = 3;
        fields.blankRisks = 2;
        fields.blankIndicators = 2;
        return fields;
    }

    /** The stored assessment, to be edited. */
    static RiaFormFields of(RiaView ria) {
        RiaFormFields fields = new RiaFormFields();
        fields.values.put("level", ria.level().code());
        fields.values.put("problem", nz(ria.problem()));
        fields.values.put("objectives", nz(ria.objectives()));
        fields.values.put("affectedGroups", nz(ria.affectedGroups()));
        fields.values.put("administrativeBurden", nz(ria.administrativeBurden()));
        fields.values.put("corruptionRisks", nz(ria.corruptionRisks()));
        ria.options().forEach(o -> fields.options.add(new String[] {o.kind().code(), o.title(), nz(o.description())}));
        for (AffectedGroup group : AffectedGroup.values()) {
            fields.impacts.add(ria.impacts().stream()
                    .filter(i -> i.group().code().equals(group.code()))
                    .findFirst()
                    .map(i -> new String[] {
                        group.code(),
                        sum(i.costOneOffUzs()),
                        sum(i.costYearlyUzs()),
                        nz(i.costs()),
                        sum(i.benefitOneOffUzs()),
                        sum(i.benefitYearlyUzs()),
                        nz(i.benefits())
                    })
                    .orElse(new String[] {group.code(), "", "", "", "", "", ""}));
        }
        ria.regions().forEach(r -> fields.regions.add(r.code()));
        ria.risks().forEach(r -> fields.risks.add(new String[] {r.risk(), r.mitigation()}));
        ria.indicators()
                .forEach(i -> fields.indicators.add(new String[] {
                    i.name(),
                    i.baseline(),
                    i.target(),
                    i.dataSource(),
                    i.reviewOn().toString(),
                    i.evaluationOn().toString()
                }));
        return fields;
    }

    /** The form as posted. */
    static RiaFormFields posted(Map<String, List<String>> posted) {
        RiaFormFields fields = new RiaFormFields();
        for (String name : TEXTS) {
            fields.values.put(name, first(posted, name));
        }
        fields.options.addAll(rows(posted, "optionKind", "optionTitle", "optionDescription").stream()
                .filter(r -> !(r[1].isBlank() && r[2].isBlank()))
                .toList());
        List<String[]> groups = rows(
                posted,
                "impactGroup",
                "costOneOff",
                "costYearly",
                "costs",
                "benefitOneOff",
                "benefitYearly",
                "benefits");
        for (AffectedGroup group : AffectedGroup.values()) {
            fields.impacts.add(groups.stream()
                    .filter(r -> r[0].equals(group.code()))
                    .findFirst()
                    .orElse(new String[] {group.code(), "", "", "", "", "", ""}));
        }
        fields.regions.addAll(posted.getOrDefault("region", List.of()));
        fields.risks.addAll(rows(posted, "riskText", "riskMitigation").stream()
                .filter(RiaFormFields::notBlank)
                .toList());
        fields.indicators.addAll(rows(
                        posted,
                        "indicatorName",
                        "indicatorBaseline",
                        "indicatorTarget",
                        "indicatorSource",
                        "indicatorReview",
                        "indicatorEvaluation")
                .stream()
                .filter(RiaFormFields::notBlank)
                .toList());
        fields.blankOptions = count(posted, "blankOptions");
        fields.blankRisks = count(posted, "blankRisks");
        fields.blankIndicators = count(posted, "blankIndicators");
        return fields;
    }

    /** The same form with one more blank row of a kind ({@code options}, {@code risks} or {@code indicators}). */
    RiaFormFields withBlankRow(String kind) {
        switch (kind) {
            case "options" -> blankOptions = Math.min(blankOptions + 1, 10);
            case "risks" -> blankRisks = Math.min(blankRisks + 1, 20);
            case "indicators" -> blankIndicators = Math.min(blankIndicators + 1, 20);
            default -> {}
        }
        return this;
    }

    /** Sums and dates that could not be read, on the fields the service would name. */
    List<FieldError> unreadable() {
        List<FieldError> errors = new ArrayList<>();
        String[] sums = {"costOneOffUzs", "costYearlyUzs", null, "benefitOneOffUzs", "benefitYearlyUzs"};
        for (int i = 0; i < impacts.size(); i++) {
            for (int c = 0; c < sums.length; c++) {
                if (sums[c] != null && !readable(impacts.get(i)[c + 1])) {
                    errors.add(new FieldError("impacts[" + i + "]." + sums[c], "ria.amount.invalid"));
                }
            }
        }
        for (int i = 0; i < indicators.size(); i++) {
            if (!indicators.get(i)[4].isBlank() && date(indicators.get(i)[4]) == null) {
                errors.add(new FieldError("indicators[" + i + "].reviewOn", "ria.date.invalid"));
            }
            if (!indicators.get(i)[5].isBlank() && date(indicators.get(i)[5]) == null) {
                errors.add(new FieldError("indicators[" + i + "].evaluationOn", "ria.date.invalid"));
            }
        }
        return errors;
    }

    /** The command; unreadable sums and dates become "not given" (and are reported by {@link #unreadable}). */
    RiaForm toForm() {
        return new RiaForm(
                values.get("level"),
                values.get("problem"),
                values.get("objectives"),
                options.stream()
                        .map(r -> new RiaForm.OptionInput(r[0], r[1], r[2]))
                        .toList(),
                impacts.stream()
                        .map(r -> new RiaForm.ImpactInput(
                                r[0], amount(r[1]), amount(r[2]), r[3], amount(r[4]), amount(r[5]), r[6]))
                        .toList(),
                values.get("affectedGroups"),
                List.copyOf(regions),
                values.get("administrativeBurden"),
                values.get("corruptionRisks"),
                risks.stream().map(r -> new RiaForm.RiskInput(r[0], r[1])).toList(),
                indicators.stream()
                        .map(r -> new RiaForm.IndicatorInput(r[0], r[1], r[2], r[3], date(r[4]), date(r[5])))
                        .toList());
    }

    Map<String, String> values() {
        Map<String, String> all = new LinkedHashMap<>(values);
        all.put("blankOptions", String.valueOf(blankOptions));
        all.put("blankRisks", String.valueOf(blankRisks));
        all.put("blankIndicators", String.valueOf(blankIndicators));
        return all;
    }

    List<String> regions() {
        return List.copyOf(regions);
    }

    /** One row of the page: its number (for ids and messages), its values and the messages beside them, by name. */
    public record Row(int index, Map<String, String> values, Map<String, String> errors) {}

    List<Row> optionRows(Map<String, String> errors) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            rows.add(row(i, "options", errors, new String[] {"kind", "title", "description"}, options.get(i)));
        }
        for (int j = 0; j < blankOptions; j++) {
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

    List<Row> impactRows(Map<String, String> errors, Function<String, String> groupName) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < impacts.size(); i++) {
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
                    impacts.get(i));
            row.values().put("groupName", groupName.apply(impacts.get(i)[0]));
            rows.add(row);
        }
        return rows;
    }

    List<Row> riskRows(Map<String, String> errors) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < risks.size(); i++) {
            rows.add(row(i, "risks", errors, new String[] {"risk", "mitigation"}, risks.get(i)));
        }
        for (int j = 0; j < blankRisks; j++) {
            rows.add(row(rows.size(), "risks", Map.of(), new String[] {"risk", "mitigation"}, new String[] {"", ""}));
        }
        return rows;
    }

    List<Row> indicatorRows(Map<String, String> errors) {
        String[] names = {"name", "baseline", "target", "dataSource", "reviewOn", "evaluationOn"};
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < indicators.size(); i++) {
            rows.add(row(i, "indicators", errors, names, indicators.get(i)));
        }
        for (int j = 0; j < blankIndicators; j++) {
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

    private static List<String[]> rows(Map<String, List<String>> posted, String... names) {
        int size = 0;
        for (String name : names) {
            size = Math.max(size, posted.getOrDefault(name, List.of()).size());
        }
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String[] row = new String[names.length];
            for (int c = 0; c < names.length; c++) {
                List<String> column = posted.getOrDefault(names[c], List.of());
                row[c] = i < column.size() && column.get(i) != null ? column.get(i) : "";
            }
            rows.add(row);
        }
        return rows;
    }

    private static boolean notBlank(String[] row) {
        for (String value : row) {
            if (!value.isBlank()) {
                return true;
            }
        }
        return false;
    }

    private static String first(Map<String, List<String>> posted, String name) {
        List<String> values = posted.getOrDefault(name, List.of());
        return values.isEmpty() || values.get(0) == null ? "" : values.get(0);
    }

    private static int count(Map<String, List<String>> posted, String name) {
        try {
            return Math.max(1, Math.min(20, Integer.parseInt(first(posted, name).trim())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** Sums are typed with spaces between thousands as often as not ("1 200 000"). */
    private static String digits(String typed) {
        return typed.replaceAll("[\\s\\u00A0\\u202F_]", "");
    }

    private static boolean readable(String typed) {
        return typed.isBlank() || digits(typed).matches("-?\\d{1,18}");
    }

    private static Long amount(String typed) {
        return typed.isBlank() || !readable(typed) ? null : Long.valueOf(digits(typed));
    }

    private static LocalDate date(String typed) {
        try {
            return typed.isBlank() ? null : LocalDate.parse(typed.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String sum(Long value) {
        return value == null ? "" : value.toString();
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
