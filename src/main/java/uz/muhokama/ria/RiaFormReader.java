package uz.muhokama.ria;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uz.muhokama.platform.error.FieldError;

/**
 * Reads the form as typed into the command: sums and dates are the only values that are not kept as
 * strings, so they are the only ones that can fail to read here. Those are reported on the fields the
 * service would name, so they come back with every other broken rule at once.
 */
final class RiaFormReader {

    private RiaFormReader() {}

    /** Sums and dates that could not be read, on the fields the service would name. */
    static List<FieldError> unreadable(RiaFormFields fields) {
        List<FieldError> errors = new ArrayList<>();
        String[] sums = {"costOneOffUzs", "costYearlyUzs", null, "benefitOneOffUzs", "benefitYearlyUzs"};
        for (int i = 0; i < fields.impacts().size(); i++) {
            for (int c = 0; c < sums.length; c++) {
                if (sums[c] != null && !readable(fields.impacts().get(i)[c + 1])) {
                    errors.add(new FieldError("impacts[" + i + "]." + sums[c], "ria.amount.invalid"));
                }
            }
        }
        for (int i = 0; i < fields.indicators().size(); i++) {
            if (!fields.indicators().get(i)[4].isBlank()
                    && date(fields.indicators().get(i)[4]) == null) {
                errors.add(new FieldError("indicators[" + i + "].reviewOn", "ria.date.invalid"));
            }
            if (!fields.indicators().get(i)[5].isBlank()
                    && date(fields.indicators().get(i)[5]) == null) {
                errors.add(new FieldError("indicators[" + i + "].evaluationOn", "ria.date.invalid"));
            }
        }
        return errors;
    }

    /** The command; unreadable sums and dates become "not given" (and are reported by {@link #unreadable}). */
    static RiaForm read(RiaFormFields fields) {
        Map<String, String> values = fields.values();
        return new RiaForm(
                values.get("level"),
                values.get("problem"),
                values.get("objectives"),
                fields.options().stream()
                        .map(r -> new RiaForm.OptionInput(r[0], r[1], r[2]))
                        .toList(),
                fields.impacts().stream()
                        .map(r -> new RiaForm.ImpactInput(
                                r[0], amount(r[1]), amount(r[2]), r[3], amount(r[4]), amount(r[5]), r[6]))
                        .toList(),
                values.get("affectedGroups"),
                fields.regions(),
                values.get("administrativeBurden"),
                values.get("corruptionRisks"),
                fields.risks().stream()
                        .map(r -> new RiaForm.RiskInput(r[0], r[1]))
                        .toList(),
                fields.indicators().stream()
                        .map(r -> new RiaForm.IndicatorInput(r[0], r[1], r[2], r[3], date(r[4]), date(r[5])))
                        .toList());
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
}
