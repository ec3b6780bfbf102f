package uz.muhokama.platform.excel;

/**
 * Text as the portal puts it where a spreadsheet reads it: never read as a formula (a cell or CSV value
 * beginning with {@code = + - @}, a tab or a carriage return could run as one, or as a DDE command), and
 * cut to what an Excel cell holds.
 */
final class SpreadsheetText {

    /** Excel keeps at most this many characters in a cell. */
    static final int MAX_CELL_CHARS = 32_767;

    private SpreadsheetText() {}

    /** Text for a CSV file a spreadsheet may open: a value it would read as a formula gets a leading apostrophe. */
    public static String csvText(String value) {
        return value == null || value.isEmpty() || !looksLikeFormula(value) ? value : "'" + value;
    }

    /** Text that a spreadsheet would read as a formula (or a DDE command) if it were typed in; {@code value} is not empty. */
    public static boolean looksLikeFormula(String value) {
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** A non-empty text cut to what one cell holds. */
    static String fitted(String value) {
        return value.length() > MAX_CELL_CHARS ? value.substring(0, MAX_CELL_CHARS) : value;
    }
}
