package uz.muhokama.report;

/** A draft's report reached its agency's inbox (the inbox step is done); fired inside that step's transaction. */
public record ReportReceived(long draftId, String agencyCode) {}
