package uz.muhokama.ria;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The agency page's form as typed: every value a string, so that a refused form comes back exactly as
 * it was sent (a sum typed "12 mln" included). Repeating parts are parallel lists of row values; rows
 * left entirely blank are not part of the assessment. Row numbers in messages are those of the rows
 * kept, which are also the first rows shown, so each message lands beside its field. Reading the
 * typed values into the command is {@link RiaFormReader}'s; laying them out as the page's rows,
 * {@link RiaFormRows}'.
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

    // The typed rows for RiaFormReader and RiaFormRows, each value in the column order of its posted names.
    // Unmodifiable, so the form changes only through its own methods.

    List<String[]> options() {
        return Collections.unmodifiableList(options);
    }

    /** One row per affected group, in the order of {@link AffectedGroup}. */
    List<String[]> impacts() {
        return Collections.unmodifiableList(impacts);
    }

    List<String[]> risks() {
        return Collections.unmodifiableList(risks);
    }

    List<String[]> indicators() {
        return Collections.unmodifiableList(indicators);
    }

    int blankOptions() {
        return blankOptions;
    }

    int blankRisks() {
        return blankRisks;
    }

    int blankIndicators() {
        return blankIndicators;
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

    private static String sum(Long value) {
        return value == null ? "" : value.toString();
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
