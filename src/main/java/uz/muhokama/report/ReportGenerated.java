package uz.muhokama.report;

/** A report was written (fired by the job on the instance that wrote it, after the record is committed). */
public record ReportGenerated(long draftId, String draftNumber) {}
