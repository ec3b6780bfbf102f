package uz.muhokama.report;

/**
 * Fired synchronously, on the writing thread, when a report's first sheet (its summary) is written and
 * the long part begins: the moment fault tests stop an instance at (an observer in the test build
 * holds the writer there).
 */
public record SummarySheetWritten(String draftNumber) {}
