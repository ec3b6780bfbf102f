package uz.muhokama.opendata;

import java.time.Instant;
import java.util.List;

/**
 * One row of a resource on its way out: its values in the fields' order, and what filters need to know
 * of it: the draft it belongs to (null when none) and the instant the period filter judges (null when
 * the period does not apply). {@code key} orders the rows and says where the next batch starts.
 */
record ExportRow(long key, Long draftId, Instant at, List<Object> values) {}
